// Full screen through the Fullscreen API for one element; the browser may refuse (e.g. in a frame).
import { useEffect, useState, type RefObject } from 'react';

export function FullscreenButton({ target }: { target: RefObject<HTMLElement | null> }) {
  const [active, setActive] = useState(document.fullscreenElement !== null);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const onChange = () => setActive(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (!document.fullscreenEnabled) return null;
  const toggle = () => {
    setRefused(false);
    const done = active ? document.exitFullscreen() : target.current?.requestFullscreen();
    void done?.catch(() => setRefused(true));
  };
  return (
    <button
      type="button"
      onClick={toggle}
      data-testid="presenter-fullscreen"
      title={refused ? 'The browser refused full screen' : 'Full screen (Esc leaves)'}
    >
      {active ? 'Exit full screen' : 'Full screen'}
    </button>
  );
}
