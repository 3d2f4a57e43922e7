// A small line writer with indentation for the code generator's JS output.

export class Writer {
  private readonly lines: string[] = [];
  private depth = 0;

  line(s: string): void {
    this.lines.push('  '.repeat(this.depth) + s);
  }

  open(s: string): void {
    this.line(s);
    this.depth++;
  }

  close(s = '}'): void {
    this.depth--;
    this.line(s);
  }

  indent(): void {
    this.depth++;
  }

  dedent(): void {
    this.depth--;
  }

  toString(): string {
    return this.lines.join('\n');
  }
}

/** A JS string literal for a Go byte string (every char code 0–255). */
export function jsString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c >= 0x20 && c < 0x7f) out += s[i];
    else out += `\\x${c.toString(16).padStart(2, '0')}`;
  }
  return `${out}"`;
}
