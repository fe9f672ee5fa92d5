import type { Block, Paragraph } from '../document/types.js';

/** A cursor over the document's blocks, shared by the recognizers. */
export class BlockCursor {
  constructor(
    readonly blocks: Block[],
    public pos = 0,
  ) {}
  get done(): boolean {
    return this.pos >= this.blocks.length;
  }
  peek(offset = 0): Block | undefined {
    return this.blocks[this.pos + offset];
  }
  /** The paragraph at pos+offset, or undefined when it is a table or past the end. */
  para(offset = 0): Paragraph | undefined {
    const b = this.peek(offset);
    return b?.kind === 'paragraph' ? b : undefined;
  }
}
