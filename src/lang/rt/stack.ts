// Go call stacks of compiled programs, recovered from V8's stack traces: the code generator marks
// each statement with its Go line (`//@N` comments) and names every function, so a JS stack
// (new Error().stack) maps back to Go function names and file:line. Capturing costs one Error
// object, so it is done where Go records a stack: heap-profile samples and panics.

export interface GoFrame {
  /** Go function name: "main.main", "main.(*Cache).Add", "container/list.(*List).PushFront". */
  func: string;
  /** Source file (the program's name; std packages report their import path). */
  file: string;
  line: number;
}

export class StackMapper {
  /** JS body line → Go line (negative for std packages, 0 unknown). */
  private readonly lineMap: Int32Array;
  private bodyOffset = -1;

  constructor(
    js: string,
    private readonly funcNames: Readonly<Record<string, string>>,
    /** The program's file name, as tracebacks print it. */
    readonly filename: string,
  ) {
    const lines = js.split('\n');
    this.lineMap = new Int32Array(lines.length + 1);
    let cur = 0;
    for (let i = 0; i < lines.length; i++) {
      const m = /^\s*\/\/@(-?\d+)$/.exec(lines[i]);
      if (m) cur = Number(m[1]);
      this.lineMap[i + 1] = cur;
    }
  }

  /** The Go name of a generated function ("main$worker" → "main.worker"). */
  goName(js: string): string | undefined {
    return this.funcNames[js];
  }

  /** Calibrates with the stack of the generated code's probe, which sits on body line 2. */
  calibrate(probeStack: string): void {
    const m = /<anonymous>:(\d+):\d+/.exec(probeStack);
    if (m) this.bodyOffset = Number(m[1]) - 2;
  }

  /** The Go frames of a JS stack trace, innermost first. */
  frames(stack: string | undefined): GoFrame[] {
    if (!stack || this.bodyOffset < 0) return [];
    const out: GoFrame[] = [];
    for (const line of stack.split('\n')) {
      const m =
        /at (?:Object\.)?([\w$.]+)(?: \[as [\w$]+\])? \(eval at .*<anonymous>:(\d+):\d+\)$/.exec(
          line.trim(),
        ) ?? /at (eval) \(eval at .*<anonymous>:(\d+):\d+\)$/.exec(line.trim());
      if (!m) continue;
      const name = m[1].replace(/^Object\./, '');
      const goName = this.funcNames[name];
      const jsLine = Number(m[2]) - this.bodyOffset;
      const goLine = jsLine >= 0 && jsLine < this.lineMap.length ? this.lineMap[jsLine] : 0;
      if (goName === undefined && name !== 'eval') continue;
      const func = goName ?? 'main.func';
      const std = goLine < 0 || !func.startsWith('main.');
      out.push({
        func,
        file: std ? `${func.slice(0, func.lastIndexOf('.'))}.go` : this.filename,
        line: Math.abs(goLine),
      });
    }
    return out;
  }
}

/** Go's traceback text for frames ("main.f(...)\n\tmain.go:12 +0x0"). */
export function formatTraceback(frames: readonly GoFrame[]): string {
  return frames.map((f) => `${f.func}(...)\n\t${f.file}:${f.line} +0x0`).join('\n');
}
