import { describe, expect, it } from 'vitest';

import type { LinkNode } from '@/types/api';

import { MAX_DRAWN, circleLayout } from '../layout';

const node = (id: string, overrides: Partial<LinkNode> = {}): LinkNode => ({
  id,
  batchId: 'b-1',
  title: id,
  slug: id,
  inbound: 0,
  outbound: 0,
  orphan: false,
  earlier: false,
  ...overrides,
});

describe('circleLayout', () => {
  it('puts the articles on a circle, earlier batches last, and draws links between them', () => {
    const layout = circleLayout(
      [node('old', { earlier: true }), node('a'), node('b'), node('c')],
      [
        { source: 'a', target: 'b', anchor: 'bee' },
        { source: 'a', target: 'gone', anchor: 'nowhere' },
      ],
      200,
    );

    expect(layout.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c', 'old']);
    expect(layout.nodes[0]).toMatchObject({ x: 100, y: 24 }); // the top of the circle
    for (const n of layout.nodes) {
      expect(Math.hypot(n.x - 100, n.y - 100)).toBeCloseTo(76, 0);
    }
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0]).toMatchObject({ anchor: 'bee', x1: 100, y1: 24 });
    expect(layout.hidden).toBe(0);
  });

  it('draws at most MAX_DRAWN articles and says how many it left out', () => {
    const many = Array.from({ length: MAX_DRAWN + 5 }, (_, i) => node(`n${i}`));

    const layout = circleLayout(many, []);

    expect(layout.nodes).toHaveLength(MAX_DRAWN);
    expect(layout.hidden).toBe(5);
  });

  it('places a single article without dividing by zero', () => {
    const layout = circleLayout([node('only')], []);
    expect(Number.isFinite(layout.nodes[0].x)).toBe(true);
  });
});
