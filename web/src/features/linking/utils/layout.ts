import type { LinkEdge, LinkNode } from '@/types/api';

/** Articles drawn at most; a larger batch shows its first ones and says so. */
export const MAX_DRAWN = 120;

export type PlacedNode = LinkNode & { x: number; y: number };
export type PlacedEdge = LinkEdge & { x1: number; y1: number; x2: number; y2: number };

export type GraphLayout = {
  size: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** How many articles were left out of the picture. */
  hidden: number;
};

/**
 * Places the articles on a circle in batch order (earlier batches' articles last, on the same
 * circle) and draws each link as a chord. A circle needs no physics, is the same on every render
 * and keeps every article readable however the links run; nodes only move when articles are added.
 */
export function circleLayout(
  articles: readonly LinkNode[],
  links: readonly LinkEdge[],
  size = 480,
): GraphLayout {
  const ordered = [...articles.filter((a) => !a.earlier), ...articles.filter((a) => a.earlier)];
  const drawn = ordered.slice(0, MAX_DRAWN);
  const center = size / 2;
  const radius = size / 2 - 24;
  const nodes = drawn.map((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, drawn.length) - Math.PI / 2;
    return {
      ...node,
      x: round(center + radius * Math.cos(angle)),
      y: round(center + radius * Math.sin(angle)),
    };
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const edges: PlacedEdge[] = [];
  for (const link of links) {
    const from = at.get(link.source);
    const to = at.get(link.target);
    if (from && to) edges.push({ ...link, x1: from.x, y1: from.y, x2: to.x, y2: to.y });
  }
  return { size, nodes, edges, hidden: ordered.length - drawn.length };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
