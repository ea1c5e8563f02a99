/**
 * Where the comment helper goes (issue 28), from the post's and the comment box's rects (pure,
 * tested): beside the post's column, level with the comment box, so it never covers the comment
 * box, its buttons or the text being typed, and never moves anything (the host is fixed). In a
 * window too narrow for a column beside the post it docks at the top or the bottom edge of the
 * window, on the side away from the comment box.
 */
import type { Rect } from './placement';

export interface CommentPlacement {
  top: number;
  left: number;
  width: number;
  maxHeight: number;
  docked: boolean;
}

const GAP = 12;
const MIN_WIDTH = 220;
const MAX_WIDTH = 320;
/** Room the compact helper needs in height. */
const MIN_HEIGHT = 120;

export function placeCommentHelper(
  post: Rect,
  box: Rect,
  viewport: { width: number; height: number },
): CommentPlacement {
  const { width: vw, height: vh } = viewport;
  const top = Math.max(GAP, Math.min(box.top, vh - MIN_HEIGHT - GAP));
  const maxHeight = Math.max(MIN_HEIGHT, vh - top - GAP);
  const right = vw - post.right - 2 * GAP;
  if (right >= MIN_WIDTH) {
    return { top, left: post.right + GAP, width: Math.min(MAX_WIDTH, right), maxHeight, docked: false };
  }
  const left = post.left - 2 * GAP;
  if (left >= MIN_WIDTH) {
    const width = Math.min(MAX_WIDTH, left);
    return { top, left: post.left - GAP - width, width, maxHeight, docked: false };
  }
  // Narrow: a strip at the window's edge farther from the comment box.
  const width = Math.max(160, Math.min(vw - 2 * GAP, 480));
  const above = box.top;
  const below = vh - box.bottom;
  if (below >= above) {
    const height = Math.max(MIN_HEIGHT / 2, Math.min(vh / 3, below - 2 * GAP));
    return { top: vh - GAP - height, left: GAP, width, maxHeight: height, docked: true };
  }
  const height = Math.max(MIN_HEIGHT / 2, Math.min(vh / 3, above - 2 * GAP));
  return { top: GAP, left: GAP, width, maxHeight: height, docked: true };
}
