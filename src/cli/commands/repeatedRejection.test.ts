import { describe, expect, it } from 'vitest';
import { watchRejections } from './repeatedRejection';
import type { TaskResult } from '../../core/evaluation/TaskResult';
import { taskResult } from '../../core/evaluation/taskResultTestKit';

function run(
  model: string,
  code: NonNullable<TaskResult['error']>['code'] | null,
  detail = 'HTTP 400: bad',
): TaskResult {
  return taskResult({
    model,
    cwe: null,
    secure: null,
    ms: 0,
    ...(code ? { error: { code, message: 'm', detail } } : {}),
  });
}

describe('watchRejections', () => {
  it('fires on the third identical rejection of one model, not before', () => {
    const watch = watchRejections();
    expect(watch(run('a', 'ENGINE_REQUEST_REJECTED'))).toBeNull();
    expect(watch(run('a', null))).toBeNull();
    expect(watch(run('a', 'ENGINE_REQUEST_REJECTED', 'HTTP 400: other'))).toBeNull();
    expect(watch(run('b', 'ENGINE_REQUEST_REJECTED'))).toBeNull();
    expect(watch(run('a', 'ENGINE_SERVER_ERROR'))).toBeNull();
    expect(watch(run('a', 'ENGINE_REQUEST_REJECTED'))).toBeNull();
    expect(watch(run('a', 'ENGINE_REQUEST_REJECTED'))).toMatchObject({ code: 'ENGINE_REQUEST_REJECTED' });
  });
});
