// How cmd/compile turns reported errors into what `go build` prints (cmd/compile/internal/base/print.go):
//   - only one "syntax error" per line: a syntax error on the line of the previous syntax error is dropped;
//   - another error is dropped when it repeats the previous non-syntax error's text on the same line;
//   - the tenth error stops compilation: the ten are printed followed by "<pos>: too many errors";
//   - output is sorted by position (stably) and exact duplicates are printed once.
// The type checker of the next step reports into the same Errors value, so the limit spans both.

export interface Diagnostic {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in bytes as the go tool prints it. */
  col: number;
  /** 0-based byte offset into the UTF-8 source. */
  offset: number;
  message: string;
  severity: 'error';
}

/**
 * cmd/compile keeps columns in 8 bits: a column of 255 or more is stored as 255, which means "unknown",
 * and is not printed.
 */
export const colMax = 255;

/** `FILE:LINE:COL: message`, as the go tool prints a diagnostic (`FILE:LINE: message` from column 255 on). */
export function formatDiagnostic(filename: string, d: Diagnostic): string {
  return d.col < colMax
    ? `${filename}:${d.line}:${d.col}: ${d.message}`
    : `${filename}:${d.line}: ${d.message}`;
}

/** The compiler's error limit (without -e). */
export const maxErrors = 10;

export class Errors {
  private readonly reported: Diagnostic[] = [];
  private lastSyntaxLine = -1;
  private lastOtherLine = -1;
  private lastOtherMsg = '';
  /** Syntax errors reported, including those dropped by the one-per-line rule (base.SyntaxErrors). */
  syntaxErrors = 0;
  /** Set once the error limit was reached: the compiler would have stopped here. */
  stopped = false;
  private tooMany: Diagnostic | null = null;

  /** base.ErrorfAt. */
  errorAt(offset: number, line: number, col: number, message: string): void {
    if (this.stopped) return;
    if (message.startsWith('syntax error')) {
      this.syntaxErrors++;
      if (line === this.lastSyntaxLine) return; // only one syntax error per line
      this.lastSyntaxLine = line;
    } else {
      if (line === this.lastOtherLine && message === this.lastOtherMsg) return;
      this.lastOtherLine = line;
      this.lastOtherMsg = message;
    }
    const d: Diagnostic = { line, col, offset, message, severity: 'error' };
    this.reported.push(d);
    if (this.reported.length >= maxErrors) {
      this.stopped = true;
      this.tooMany = { line, col, offset, message: 'too many errors', severity: 'error' };
    }
  }

  get count(): number {
    return this.reported.length;
  }

  /** base.FlushErrors: the diagnostics as printed, sorted, duplicates removed, "too many errors" last. */
  flush(): Diagnostic[] {
    const sorted = this.reported
      .map((d, i) => ({ d, i }))
      .sort(
        (a, b) => a.d.line - b.d.line || Math.min(a.d.col, colMax) - Math.min(b.d.col, colMax) || a.i - b.i,
      )
      .map((e) => e.d);
    const out: Diagnostic[] = [];
    for (const d of sorted) {
      const prev = out[out.length - 1];
      if (prev && formatDiagnostic('', prev) === formatDiagnostic('', d)) continue;
      out.push(d);
    }
    if (this.tooMany) out.push(this.tooMany);
    return out;
  }
}
