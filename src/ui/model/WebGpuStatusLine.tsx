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
    return (
      <span className="mp-gpu mp-gpu-off" data-testid="webgpu-status" data-reason={webgpu.reason} role="status">
        <strong>{webgpu.message}</strong> {webgpu.hint} You can still paste code to check it without a model.
      </span>
    );
  }
  const name = [webgpu.vendor, webgpu.architecture].filter(Boolean).join(' ') || 'GPU';
  return (
    <span className="mp-gpu mp-gpu-on" data-testid="webgpu-status" data-f16={String(webgpu.f16)}>
      WebGPU: {name} · shader-f16 {webgpu.f16 ? 'yes' : 'no (f32 models only)'}
      {webgpu.software && ' · software adapter, generation will be very slow'}
      {webgpu.warnings.length > 0 && ` · limits: ${webgpu.warnings.join(', ')}`}
    </span>
  );
}
