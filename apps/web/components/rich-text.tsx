import type { BlockNode, InlineNode, ListNode, RichText as RichTextValue, TextNode } from '@welfare/types';
import type { ReactNode } from 'react';
import { ResponsiveImage } from '@/components/responsive-image';
import { imageAlt } from '@/lib/media/responsive-image';
import { safeHref } from '@/lib/rich-text/safe-href';

export { isSafeHref } from '@/lib/rich-text/safe-href';

/**
 * Renders the CMS's rich text ("blocks") as React elements, never raw HTML: every block and mark the
 * Strapi 5 editor makes (see @welfare/types rich-text; unknown nodes are dropped there). Links only
 * to safe addresses (lib/rich-text/safe-href), otherwise their text. Text keeps the direction of the
 * page's language; code is left-to-right and isolated so it reads the same in Arabic and Urdu.
 */

/** A line break typed in the editor (Shift+Enter) is a "\n" inside a text node. */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return lines.map((line, index) => (
    <span key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </span>
  ));
}

function Text({ node }: { node: TextNode }): ReactNode {
  let content: ReactNode = node.text.includes('\n') ? <Lines text={node.text} /> : node.text;
  if (node.code) content = <code dir="ltr">{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return content;
}

function Inline({ node }: { node: InlineNode }): ReactNode {
  if (node.type === 'text') return <Text node={node} />;
  const href = safeHref(node.url);
  const children = node.children.map((child, index) => <Text key={index} node={child} />);
  return href ? <a href={href}>{children}</a> : children;
}

function Inlines({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((node, index) => <Inline key={index} node={node} />);
}

/**
 * A nested list belongs inside the item before it (valid HTML, and screen readers announce the
 * nesting), while Strapi stores it as the next sibling of that item; with no item before it, it
 * gets an item of its own.
 */
function listItems(node: ListNode): Array<{ inlines?: InlineNode[]; nested: ListNode[] }> {
  const items: Array<{ inlines?: InlineNode[]; nested: ListNode[] }> = [];
  for (const child of node.children) {
    if (child.type === 'list-item') items.push({ inlines: child.children, nested: [] });
    else if (items.length > 0) items[items.length - 1].nested.push(child);
    else items.push({ nested: [child] });
  }
  return items;
}

function List({ node }: { node: ListNode }) {
  const items = listItems(node).map((item, index) => (
    <li key={index}>
      {item.inlines ? <Inlines nodes={item.inlines} /> : null}
      {item.nested.map((nested, nestedIndex) => (
        <List key={nestedIndex} node={nested} />
      ))}
    </li>
  ));
  return node.format === 'ordered' ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function Block({ block, headingOffset }: { block: BlockNode; headingOffset: number }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} />
        </p>
      );
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + headingOffset)}` as 'h2';
      return (
        <Heading>
          <Inlines nodes={block.children} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <Inlines nodes={block.children} />
        </blockquote>
      );
    case 'code':
      return (
        // The editor's code block holds plain text, line breaks included: shown as typed.
        <pre dir="ltr" data-language={block.language ?? undefined}>
          <code>{block.children.map((child) => (child.type === 'text' ? child.text : child.children.map((part) => part.text).join(''))).join('')}</code>
        </pre>
      );
    case 'list':
      return <List node={block} />;
    case 'image': {
      const caption = (block.image.caption ?? '').trim();
      // Strapi fills a missing caption with the file name too: that is no caption.
      const showCaption = caption && caption !== block.image.name && caption !== imageAlt(block.image);
      return (
        <figure>
          <ResponsiveImage image={block.image} />
          {showCaption ? <figcaption>{caption}</figcaption> : null}
        </figure>
      );
    }
  }
}

/** `headingOffset` shifts CMS headings below the page's own (an h2 in the CMS becomes h3 under an h2 section). */
export function RichText({ value, headingOffset = 1 }: { value: RichTextValue | null | undefined; headingOffset?: number }) {
  if (!value || value.length === 0) return null;
  return (
    <div className="rich-text">
      {value.map((block, index) => (
        <Block key={index} block={block} headingOffset={headingOffset} />
      ))}
    </div>
  );
}
