interface Marker {
  lat: number;
  lng: number;
  title: string;
  note: string;
}

export function showTooltip(container: HTMLElement, marker: Marker): void {
  const tip = document.createElement('div');
  tip.className = 'map-tooltip';
  tip.insertAdjacentHTML('beforeend', `<h3>${marker.title}</h3><p>${marker.note}</p>`);
  container.appendChild(tip);
}

export async function loadMarkers(url: string, container: HTMLElement): Promise<void> {
  const markers: Marker[] = await (await fetch(url)).json();
  markers.forEach((m) => showTooltip(container, m));
}
