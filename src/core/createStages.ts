// Binds the pipeline to a set of ports, giving the stages runPipeline runs. Team feedback is applied here:
// every analysis of a run (generated, revised, improved code) applies the same false-positive marks.
import type { PipelineStages } from './pipeline';
import type { PipelinePorts } from './PipelinePorts';

export function createStages(ports: PipelinePorts): PipelineStages {
  const analyze: PipelinePorts['analyze'] = (code, language) => {
    const suppressions = ports.feedback?.snapshot().suppressions ?? [];
    return suppressions.length ? ports.analyze(code, language, { suppressions }) : ports.analyze(code, language);
  };
  return { ports: { ...ports, analyze } };
}
