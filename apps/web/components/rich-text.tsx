import type { BlockNode, InlineNode, ListNode, RichText as RichTextValue, TextNode } from '@welfare/types';
import { Fragment, type ReactNode } from 'react';
import { BidiText } from '@/components/bidi-text';
import { bidiPieces, type Direction } from '@/lib/bidi/isolate';
import { ResponsiveImage } from '@/components/responsive-image';
import { imageAlt } from '@/lib/media/responsive-image';
import { safeHref } from '@/lib/rich-text/safe-href';

export { isSafeHref } from '@/lib/rich-text/safe-href';

/**
 * Renders the CMS's rich text ("blocks") as React elements, never raw HTML: every block and mark the
 * Strapi 5 editor makes (see @welfare/types rich-text; unknown nodes are dropped there). Links only
 * to safe addresses (lib/rich-text/safe-href), otherwise their text. Text keeps the direction of the
 * page's language; code is left-to-right and isolated so it reads the same in Arabic and Urdu. In
 * each block, the runs of the other direction (a Latin name in Arabic text, an Arabic name in
 * Italian text, a phone number in right-to-left text) are isolated in a <bdi> (lib/bidi/isolate),
 * found over the whole block so that a run across bold or a link keeps its words in order.
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

function Formatted({ node, text }: { node: TextNode; text: string }): ReactNode {
  let content: ReactNode = text.includes('\n') ? <Lines text={text} /> : text;
  if (node.code) content = <code dir="ltr">{content}</code>;
  if (node.bold) content = <strong>{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <u>{content}</u>;
  if (node.strikethrough) content = <s>{content}</s>;
  return content;
}

/** A text node of a block, with the link it is in (its index among the block's nodes), if any. */
interface Piece {
  text: string;
  node: TextNode;
  link?: { index: number; href: string | undefined };
}

function piecesOf(nodes: InlineNode[]): Piece[] {
  return nodes.flatMap((node, index): Piece[] => {
    if (node.type === 'text') return [{ text: node.text, node }];
    const link = { index, href: safeHref(node.url) };
    return node.children.map((child) => ({ text: child.text, node: child, link }));
  });
}

/** Pieces side by side, those of one link in one <a> (a link without a safe address: its text). */
function Linked({ pieces }: { pieces: Piece[] }): ReactNode {
  const groups: Piece[][] = [];
  for (const piece of pieces) {
    const last = groups.at(-1);
    if (last && piece.link && last[0].link?.index === piece.link.index) last.push(piece);
    else groups.push([piece]);
  }
  return groups.map((group, index) => {
    const content = group.map((piece, pieceIndex) => <Formatted key={pieceIndex} node={piece.node} text={piece.text} />);
    const href = group[0].link?.href;
    return href ? (
      <a key={index} href={href}>
        {content}
      </a>
    ) : (
      <Fragment key={index}>{content}</Fragment>
    );
  });
}

function Inlines({ nodes, dir }: { nodes: InlineNode[]; dir: Direction }) {
  // Runs of the other direction, found over the whole block; each run's pieces inside its <bdi>.
  return bidiPieces(piecesOf(nodes), dir).map((group, index) =>
    group.isolate ? (
      <bdi key={index} dir={group.isolate}>
        <Linked pieces={group.pieces} />
      </bdi>
    ) : (
      <Linked key={index} pieces={group.pieces} />
    ),
  );
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

function List({ node, dir }: { node: ListNode; dir: Direction }) {
  const items = listItems(node).map((item, index) => (
    <li key={index}>
      {item.inlines ? <Inlines nodes={item.inlines} dir={dir} /> : null}
      {item.nested.map((nested, nestedIndex) => (
        <List key={nestedIndex} node={nested} dir={dir} />
      ))}
    </li>
  ));
  return node.format === 'ordered' ? <ol>{items}</ol> : <ul>{items}</ul>;
}

function Block({ block, headingOffset, dir }: { block: BlockNode; headingOffset: number; dir: Direction }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p>
          <Inlines nodes={block.children} dir={dir} />
        </p>
      );
    case 'heading': {
      const Heading = `h${Math.min(6, block.level + headingOffset)}` as 'h2';
      return (
        <Heading>
          <Inlines nodes={block.children} dir={dir} />
        </Heading>
      );
    }
    case 'quote':
      return (
        <blockquote>
          <Inlines nodes={block.children} dir={dir} />
        </blockquote>
      );
    case 'code':
      return (
        // The editor's code block holds plain text, line breaks included: shown as typed.
        <pre dir="ltr" data-language={block.language ?? undefined}>
          <code>
            {block.children
              .map((child) => (child.type === 'text' ? child.text : child.children.map((part) => part.text).join('')))
              .join('')}
          </code>
        </pre>
      );
    case 'list':
      return <List node={block} dir={dir} />;
    case 'image': {
      const caption = (block.image.caption ?? '').trim();
      // Strapi fills a missing caption with the file name too: that is no caption.
      const showCaption = caption && caption !== block.image.name && caption !== imageAlt(block.image);
      return (
        <figure>
          <ResponsiveImage image={block.image} />
          {showCaption ? (
            <figcaption>
              <BidiText text={caption} dir={dir} />
            </figcaption>
          ) : null}
        </figure>
      );
    }
  }
}

/**
 * `headingOffset` shifts CMS headings below the page's own (an h2 in the CMS becomes h3 under an h2
 * section); `dir` is the direction of the text's language (runs of the other one are isolated).
 */
export function RichText({
  value,
  dir,
  headingOffset = 1,
}: {
  value: RichTextValue | null | undefined;
  dir: Direction;
  headingOffset?: number;
}) {
  if (!value || value.length === 0) return null;
  return (
    <div className="rich-text">
      {value.map((block, index) => (
        <Block key={index} block={block} headingOffset={headingOffset} dir={dir} />
      ))}
    </div>
  );
}
