import { Fragment, type ReactNode } from 'react';
import { bidiPieces, bidiSegments, type Direction } from '@/lib/bidi/isolate';

export type { Direction } from '@/lib/bidi/isolate';

/**
 * Plain text (a title, a summary, the agency's name or address) with each run of the other
 * direction in its own `<bdi>`: a Latin name inside Arabic or Urdu text, an Arabic name inside an
 * Italian one, a phone number's groups. `dir` is the direction of the text's own language.
 * No hooks: rendered on the server and in client components alike.
 */
export function BidiText({ text, dir }: { text: string | null | undefined; dir: Direction }): ReactNode {
  if (!text) return null;
  return bidiSegments(text, dir).map((segment, index) =>
    segment.isolate ? (
      <bdi key={index} dir={segment.isolate}>
        {segment.text}
      </bdi>
    ) : (
      <Fragment key={index}>{segment.text}</Fragment>
    ),
  );
}

/**
 * Text in pieces, each drawn by `render` (a search result's marked words), isolated as one text:
 * a run that crosses pieces is one isolate, so its words keep their order.
 */
export function BidiPieces<Piece extends { text: string }>({
  pieces,
  dir,
  render,
}: {
  pieces: Piece[];
  dir: Direction;
  render: (piece: Piece, key: number) => ReactNode;
}): ReactNode {
  return bidiPieces(pieces, dir).map((group, index) => {
    const content = group.pieces.map((piece, pieceIndex) => render(piece, pieceIndex));
    return group.isolate ? (
      <bdi key={index} dir={group.isolate}>
        {content}
      </bdi>
    ) : (
      <Fragment key={index}>{content}</Fragment>
    );
  });
}
