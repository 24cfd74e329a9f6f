import type { InlineNode, ListItemNode, ListNode, RichText as RichTextValue } from '@welfare/types';
import type { ReactNode } from 'react';

/**
 * Renders the CMS's rich text ("blocks") as React elements: never raw HTML, and links only to
 * http(s), mailto, tel and the portal's own pages (`/it/...`). A link with any other scheme (javascript:, data:…) shows as plain text.
 */
const SAFE_LINK = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

export function isSafeHref(url: string): boolean {
  return SAFE_LINK.test(url.trim());
}

function Inline({ node }: { node: InlineNode }): ReactNode {
  if (node.type === 'link') {
    const text = node.children.map((child) => child.text).join('');
    return isSafeHref(node.url) ? <a href={node.url.trim()}>{text}</a> : text;
  }
  let content: ReactNode = node.text;
  if (node.code) content = <code>{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return content;
}

function Inlines({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((node, index) => <Inline key={index} node={node} />);
}

function List({ node }: { node: ListNode }) {
  const items = node.children.map((child, index) =>
    child.type === 'list' ? (
      <li key={index}>
        <List node={child} />
      </li>
    ) : (
      <li key={index}>
        <Inlines nodes={(child as ListItemNode).children} />
      </li>
    ),
  );
  return node.format === 'ordered' ? <ol>{items}</ol> : <ul>{items}</ul>;
}

/** `headingOffset` shifts CMS headings below the page's own (an h2 in the CMS becomes h3 under an h2 section). */
export function RichText({ value, headingOffset = 1 }: { value: RichTextValue | null | undefined; headingOffset?: number }) {
  if (!value || value.length === 0) return null;
  return (
    <div className="rich-text">
      {value.map((block, index) => {
        switch (block.type) {
          case 'paragraph':
            return (
              <p key={index}>
                <Inlines nodes={block.children} />
              </p>
            );
          case 'heading': {
            const level = Math.min(6, block.level + headingOffset);
            const Heading = `h${level}` as 'h2';
            return (
              <Heading key={index}>
                <Inlines nodes={block.children} />
              </Heading>
            );
          }
          case 'quote':
            return (
              <blockquote key={index}>
                <Inlines nodes={block.children} />
              </blockquote>
            );
          case 'code':
            return (
              <pre key={index}>
                <Inlines nodes={block.children} />
              </pre>
            );
          case 'list':
            return <List key={index} node={block} />;
        }
      })}
    </div>
  );
}
