interface Marker {
  lat: number;
  lng: number;
  title: string;
  note: string;
}

export function showTooltip(container: HTMLElement, marker: Marker): void {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  const heading = document.createElement('h3');
  heading.textContent = marker.title;
  const note = document.createElement('p');
  note.textContent = marker.note;
  tip.append(heading, note);
  container.appendChild(tip);
}

export async function loadMarkers(url: string, container: HTMLElement): Promise<void> {
  const markers: Marker[] = await (await fetch(url)).json();
  markers.forEach((m) => showTooltip(container, m));
}
