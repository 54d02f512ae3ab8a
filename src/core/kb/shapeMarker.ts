// A knowledge-base marker may name a code shape (`shape:inclusive-loop-bound`) instead of literal text: the facets
// match it against a code prefix (facets/codeShapes.ts), and the search texts leave it out (it is no word).
export const SHAPE_MARKER_PREFIX = 'shape:';

export function isShapeMarker(marker: string): boolean {
  return marker.startsWith(SHAPE_MARKER_PREFIX);
}
