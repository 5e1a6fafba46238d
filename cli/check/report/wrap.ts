// Lines that fit a terminal: words wrapped at the width, with a hanging indent; a word longer
// than a line (a URN) is cut at the width rather than left running past it.

/** The width reports wrap at: the terminal's when stdout is one, else 100 columns. */
export function reportWidth(stream: { readonly isTTY?: boolean; readonly columns?: number }): number {
  return stream.isTTY === true && typeof stream.columns === "number" && stream.columns >= 40
    ? stream.columns
    : 100;
}

/** `text` wrapped to `width` columns; the first line starts with `first`, the rest with `rest`. */
export function wrap(text: string, width: number, first: string, rest = " ".repeat(first.length)): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = lines.length === 0 ? first : rest;
    let empty = true;
    const flush = (): void => {
      lines.push(line.trimEnd());
      line = rest;
      empty = true;
    };
    for (let word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (!empty && line.length + 1 + word.length > width) flush();
      while (line.length + (empty ? 0 : 1) + word.length > width) {
        // A word longer than the room left on an empty line: cut it.
        const room = width - line.length - (empty ? 0 : 1);
        if (room <= 0) {
          flush();
          continue;
        }
        line += (empty ? "" : " ") + word.slice(0, room);
        word = word.slice(room);
        flush();
      }
      if (word === "") continue;
      line += (empty ? "" : " ") + word;
      empty = false;
    }
    flush();
  }
  return lines;
}
