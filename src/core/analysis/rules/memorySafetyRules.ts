// Memory-safety rules (bounds, lifetimes, allocation, initialisation: C, C++ and unsafe Rust), one array for the
// registry; the registry sorts every rule by CWE, so this grouping changes no order.
import type { Rule } from '../Rule';
import { cwe119MemoryBounds } from './cwe119MemoryBounds';
import { cwe120ClassicBufferOverflow } from './cwe120ClassicBufferOverflow';
import { cwe121StackBufferOverflow } from './cwe121StackBufferOverflow';
import { cwe122HeapBufferOverflow } from './cwe122HeapBufferOverflow';
import { cwe124BufferUnderwrite } from './cwe124BufferUnderwrite';
import { cwe125OutOfBoundsRead } from './cwe125OutOfBoundsRead';
import { cwe125CopySourceOverread } from './cwe125CopySourceOverread';
import { cwe126BufferOverread } from './cwe126BufferOverread';
import { cwe127BufferUnderread } from './cwe127BufferUnderread';
import { cwe131BufferSizeCalculation } from './cwe131BufferSizeCalculation';
import { cwe170NullTermination } from './cwe170NullTermination';
import { cwe193OffByOne } from './cwe193OffByOne';
import { cwe401MemoryLeak } from './cwe401MemoryLeak';
import { cwe415DoubleFree } from './cwe415DoubleFree/cwe415DoubleFree';
import { cwe416UseAfterFree } from './cwe416UseAfterFree/cwe416UseAfterFree';
import { cwe468PointerScaling } from './cwe468PointerScaling';
import { cwe476NullDereference } from './cwe476NullDereference/cwe476NullDereference';
import { cwe590FreeNonHeap } from './cwe590FreeNonHeap';
import { cwe761FreeNotAtStart } from './cwe761FreeNotAtStart';
import { cwe665ImproperInitialization } from './cwe665ImproperInitialization';
import { cwe762MismatchedRelease } from './cwe762MismatchedRelease';
import { cwe787OutOfBoundsWrite } from './cwe787OutOfBoundsWrite';
import { cwe787AlgorithmCopy } from './cwe787AlgorithmCopy';
import { cwe129LowerBoundMissing } from './cwe129LowerBoundMissing';
import { cwe789AllocationSize } from './cwe789AllocationSize';
import { cwe806SourceSizedAccess } from './cwe806SourceSizedAccess';
import { cwe908UninitializedResource } from './cwe908UninitializedResource';
import { cwe908UnsetStructField } from './cwe908UnsetStructField';

export const memorySafetyRules: readonly Rule[] = [
  ...cwe119MemoryBounds,
  ...cwe120ClassicBufferOverflow,
  ...cwe121StackBufferOverflow,
  ...cwe122HeapBufferOverflow,
  ...cwe124BufferUnderwrite,
  ...cwe125OutOfBoundsRead,
  ...cwe125CopySourceOverread,
  ...cwe126BufferOverread,
  ...cwe127BufferUnderread,
  ...cwe129LowerBoundMissing,
  ...cwe131BufferSizeCalculation,
  ...cwe170NullTermination,
  ...cwe193OffByOne,
  ...cwe401MemoryLeak,
  ...cwe415DoubleFree,
  ...cwe416UseAfterFree,
  ...cwe468PointerScaling,
  ...cwe476NullDereference,
  ...cwe590FreeNonHeap,
  ...cwe665ImproperInitialization,
  ...cwe761FreeNotAtStart,
  ...cwe762MismatchedRelease,
  ...cwe787OutOfBoundsWrite,
  ...cwe787AlgorithmCopy,
  ...cwe789AllocationSize,
  ...cwe806SourceSizedAccess,
  ...cwe908UninitializedResource,
  ...cwe908UnsetStructField,
];
