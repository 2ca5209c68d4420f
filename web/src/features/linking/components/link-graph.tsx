import type { LinkEdge, LinkNode } from '@/types/api';

import { circleLayout } from '../utils/layout';

const NODE_RADIUS = 7;

/**
 * The link graph as an SVG picture: articles on a circle, links as arrows, orphans (no article
 * links to them) ringed in red, earlier batches' articles hollow. Hovering an article names it.
 */
export function LinkGraphPicture({
  articles,
  links,
}: {
  articles: readonly LinkNode[];
  links: readonly LinkEdge[];
}) {
  const layout = circleLayout(articles, links);
  const orphans = layout.nodes.filter((n) => n.orphan).length;
  return (
    <figure className="link-graph">
      <svg
        viewBox={`0 0 ${layout.size} ${layout.size}`}
        role="img"
        aria-label={`Link graph: ${layout.nodes.length} articles, ${layout.edges.length} links, ${orphans} without links in`}
      >
        <defs>
          <marker
            id="link-arrow"
            viewBox="0 0 10 10"
            refX="18"
            refY="5"
            markerWidth="6"
            markerHeight="6"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" className="link-graph__arrow" />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <line
            key={`${edge.source}-${edge.target}`}
            className="link-graph__edge"
            x1={edge.x1}
            y1={edge.y1}
            x2={edge.x2}
            y2={edge.y2}
            markerEnd="url(#link-arrow)"
          >
            <title>{edge.anchor}</title>
          </line>
        ))}
        {layout.nodes.map((node) => (
          <circle
            key={node.id}
            data-testid="link-node"
            data-orphan={node.orphan}
            className={[
              'link-graph__node',
              node.orphan ? 'link-graph__node--orphan' : '',
              node.earlier ? 'link-graph__node--earlier' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            cx={node.x}
            cy={node.y}
            r={NODE_RADIUS}
          >
            <title>
              {`${node.title}${node.earlier ? ' (earlier batch)' : ''}: ${node.inbound} in, ${node.outbound} out${node.orphan ? ' (orphan)' : ''}`}
            </title>
          </circle>
        ))}
      </svg>
      <figcaption className="small muted">
        <span className="link-graph__key link-graph__key--orphan" /> no link in (orphan)
        <span className="link-graph__key link-graph__key--earlier" /> earlier batch
        {layout.hidden > 0 &&
          ` · the first ${layout.nodes.length} articles are drawn, ${layout.hidden.toLocaleString('en')} more are not`}
      </figcaption>
    </figure>
  );
}
