/**
 * Where the panel goes, from the composer's bounding rect (pure, tested). Beside the dialog
 * when there is room; in narrow windows docked as a sheet that keeps the dialog's footer
 * (LinkedIn's Post button) uncovered.
 */
export interface Rect {
  top: number;
  left: number;
  right: number;
  bottom: number;
}

export interface Placement {
  docked: boolean;
  top: number;
  left: number;
  width: number;
  maxHeight: number;
}

/** Below this width the panel docks instead of sitting beside the dialog. */
export const NARROW_WIDTH = 1100;
const GAP = 12;
const MIN_SIDE = 280;
const MAX_SIDE = 360;
/** Height kept clear above the dialog's bottom edge for its footer (Post button). */
const FOOTER = 96;

export function placePanel(rect: Rect, viewport: { width: number; height: number }): Placement {
  const { width: vw, height: vh } = viewport;
  if (vw >= NARROW_WIDTH) {
    const right = vw - rect.right - 2 * GAP;
    const left = rect.left - 2 * GAP;
    const top = Math.max(GAP, Math.min(rect.top, vh - 200));
    const maxHeight = Math.max(160, vh - top - GAP);
    if (right >= MIN_SIDE) {
      return { docked: false, top, left: rect.right + GAP, width: Math.min(MAX_SIDE, right), maxHeight };
    }
    if (left >= MIN_SIDE) {
      const width = Math.min(MAX_SIDE, left);
      return { docked: false, top, left: rect.left - GAP - width, width, maxHeight };
    }
  }
  const width = Math.max(200, vw - 2 * 8);
  const below = vh - rect.bottom - 2 * 8;
  if (below >= 120) return { docked: true, top: rect.bottom + 8, left: 8, width, maxHeight: below };
  const above = rect.top - 2 * 8;
  if (above >= 120) return { docked: true, top: 8, left: 8, width, maxHeight: above };
  // No free space: a compact sheet over the dialog's upper part, never over its footer.
  return {
    docked: true,
    top: 8,
    left: 8,
    width: Math.min(width, MAX_SIDE),
    maxHeight: Math.max(48, rect.bottom - FOOTER - 8),
  };
}
