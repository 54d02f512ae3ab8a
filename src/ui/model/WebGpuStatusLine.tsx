// One line saying whether WebGPU works here, and if not, why and what to do; the rest of the app works either way.
import { useModelStore } from '../../state/modelStore';
import { selectWebGpu } from '../../state/modelSelectors';

export function WebGpuStatusLine() {
  const webgpu = useModelStore(selectWebGpu);
  if (!webgpu)
    return (
      <span className="mp-gpu" data-testid="webgpu-status">
        Checking WebGPU…
      </span>
    );
  if (!webgpu.ok) {
    const advice = 'You can still paste code to check it without a model.';
    return (
      <span
        className="mp-gpu mp-gpu-off"
        data-testid="webgpu-status"
        data-reason={webgpu.reason}
        role="status"
        // The header keeps one line and may cut this text short: the tooltip holds all of it.
        title={`${webgpu.message} ${webgpu.hint} ${advice}`}
      >
        <strong>{webgpu.message}</strong> {webgpu.hint} {advice}
      </span>
    );
  }
  const name = [webgpu.vendor, webgpu.architecture].filter(Boolean).join(' ') || 'GPU';
  const text = [
    `WebGPU: ${name}`,
    `shader-f16 ${webgpu.f16 ? 'yes' : 'no (f32 models only)'}`,
    webgpu.software ? 'software adapter, generation will be very slow' : '',
    webgpu.warnings.length > 0 ? `limits: ${webgpu.warnings.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <span className="mp-gpu mp-gpu-on" data-testid="webgpu-status" data-f16={String(webgpu.f16)} title={text}>
      {text}
    </span>
  );
}
