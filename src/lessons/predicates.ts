// Check predicates over a run's checkpoints: what scenario expectation files (scenarios/*.expect.json)
// and, later, lessons assert about a run — in heaplab and in real Go alike.
//
//   step("after gc").HeapReleased >= 0.9 * step("after gc").HeapIdle
//   perStep(HeapAlloc) >= 20MiB && last.NumGoroutine >= 9000
//
// Grammar: or := and ('||' and)* ; and := not ('&&' not)* ; not := '!' not | cmp ;
// cmp := sum (('<'|'<='|'>'|'>='|'=='|'!=') sum)? ; sum := prod (('+'|'-') prod)* ;
// prod := unary (('*'|'/') unary)* ; unary := '-' unary | atom ;
// atom := NUMBER[KiB|MiB|GiB|KB|MB|GB] | ref '.' FIELD | 'count' | ('delta'|'perStep') '(' FIELD ')' | '(' or ')' ;
// ref := 'first' | 'last' | 'step' '(' STRING ')'.
// Parsing never throws: errors come back with their column.

/** One checkpoint of a run: a `STEP,label,seconds,Key=Value,...` line. */
export interface Checkpoint {
  label: string;
  seconds: number;
  fields: Readonly<Record<string, number>>;
}

type Node =
  | { k: 'num'; v: number }
  | { k: 'field'; ref: 'first' | 'last' | { step: string }; field: string }
  | { k: 'count' }
  | { k: 'fn'; fn: 'delta' | 'perStep'; field: string }
  | { k: 'un'; op: '-' | '!'; x: Node }
  | { k: 'bin'; op: string; x: Node; y: Node };

export type Predicate =
  | { ok: true; node: Node; source: string }
  | { ok: false; error: string; column: number };

const units: Record<string, number> = { KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, KB: 1e3, MB: 1e6, GB: 1e9 };

class ParseError extends Error {
  constructor(
    message: string,
    readonly column: number,
  ) {
    super(message);
  }
}

interface Tok {
  t: 'num' | 'id' | 'str' | 'op' | 'eof';
  v: string;
  pos: number;
}

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === ' ' || c === '\t' || c === '\n') {
      i++;
      continue;
    }
    const start = i;
    if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(src[i + 1] ?? ''))) {
      while (i < src.length && /[0-9._eE]/.test(src[i])) i++;
      while (i < src.length && /[A-Za-z]/.test(src[i])) i++;
      out.push({ t: 'num', v: src.slice(start, i), pos: start });
    } else if (/[A-Za-z_]/.test(c)) {
      while (i < src.length && /[A-Za-z0-9_]/.test(src[i])) i++;
      out.push({ t: 'id', v: src.slice(start, i), pos: start });
    } else if (c === '"') {
      i++;
      while (i < src.length && src[i] !== '"') i++;
      if (i >= src.length) throw new ParseError('unterminated string', start + 1);
      out.push({ t: 'str', v: src.slice(start + 1, i), pos: start });
      i++;
    } else {
      const two = src.slice(i, i + 2);
      if (['<=', '>=', '==', '!=', '&&', '||'].includes(two)) {
        out.push({ t: 'op', v: two, pos: i });
        i += 2;
      } else if ('<>+-*/()!.'.includes(c)) {
        out.push({ t: 'op', v: c, pos: i });
        i++;
      } else throw new ParseError(`unexpected character ${JSON.stringify(c)}`, i + 1);
    }
  }
  out.push({ t: 'eof', v: '', pos: src.length });
  return out;
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Tok[]) {}

  private peek(): Tok {
    return this.toks[this.i];
  }
  private next(): Tok {
    return this.toks[this.i++];
  }
  private accept(v: string): boolean {
    const t = this.peek();
    if (t.t === 'op' && t.v === v) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(v: string): void {
    if (!this.accept(v)) this.fail(`expected ${v}`);
  }
  private fail(msg: string): never {
    const t = this.peek();
    throw new ParseError(`${msg}, found ${t.t === 'eof' ? 'end of input' : JSON.stringify(t.v)}`, t.pos + 1);
  }
  private field(): string {
    const t = this.next();
    if (t.t !== 'id') {
      this.i--;
      this.fail('expected a field name');
    }
    return t.v;
  }

  parse(): Node {
    const n = this.or();
    if (this.peek().t !== 'eof') this.fail('expected an operator');
    return n;
  }
  /** A left-associative level: operands from `next` joined by any of `ops`. */
  private leftAssoc(ops: readonly string[], next: () => Node): Node {
    let x = next();
    for (;;) {
      const t = this.peek();
      if (t.t !== 'op' || !ops.includes(t.v)) return x;
      this.i++;
      x = { k: 'bin', op: t.v, x, y: next() };
    }
  }
  private or(): Node {
    return this.leftAssoc(['||'], () => this.and());
  }
  private and(): Node {
    return this.leftAssoc(['&&'], () => this.not());
  }
  private not(): Node {
    if (this.accept('!')) return { k: 'un', op: '!', x: this.not() };
    return this.cmp();
  }
  private cmp(): Node {
    const x = this.sum();
    const t = this.peek();
    if (t.t === 'op' && ['<', '<=', '>', '>=', '==', '!='].includes(t.v)) {
      this.i++;
      return { k: 'bin', op: t.v, x, y: this.sum() };
    }
    return x;
  }
  private sum(): Node {
    return this.leftAssoc(['+', '-'], () => this.prod());
  }
  private prod(): Node {
    return this.leftAssoc(['*', '/'], () => this.unary());
  }
  private unary(): Node {
    if (this.accept('-')) return { k: 'un', op: '-', x: this.unary() };
    return this.atom();
  }
  private atom(): Node {
    const t = this.next();
    if (t.t === 'num') {
      const m = /^([0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][0-9]+)?)(KiB|MiB|GiB|KB|MB|GB)?$/.exec(t.v);
      if (!m) throw new ParseError(`malformed number ${JSON.stringify(t.v)}`, t.pos + 1);
      return { k: 'num', v: Number(m[1].replace(/_/g, '')) * (m[2] ? units[m[2]] : 1) };
    }
    if (t.t === 'op' && t.v === '(') {
      const x = this.or();
      this.expect(')');
      return x;
    }
    if (t.t === 'id') {
      if (t.v === 'count') return { k: 'count' };
      if (t.v === 'delta' || t.v === 'perStep') {
        this.expect('(');
        const f = this.field();
        this.expect(')');
        return { k: 'fn', fn: t.v, field: f };
      }
      let ref: 'first' | 'last' | { step: string };
      if (t.v === 'first' || t.v === 'last') ref = t.v;
      else if (t.v === 'step') {
        this.expect('(');
        const s = this.next();
        if (s.t !== 'str') {
          this.i--;
          this.fail('expected a quoted checkpoint label');
        }
        this.expect(')');
        ref = { step: s.v };
      } else
        throw new ParseError(
          `unknown name ${t.v} (expected step, first, last, count, delta or perStep)`,
          t.pos + 1,
        );
      this.expect('.');
      return { k: 'field', ref, field: this.field() };
    }
    this.i--;
    this.fail('expected a value');
  }
}

/** Parses a predicate; never throws. */
export function parsePredicate(source: string): Predicate {
  try {
    return { ok: true, node: new Parser(lex(source)).parse(), source };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message, column: e.column };
    throw e;
  }
}

export type Evaluation = { ok: true; value: boolean } | { ok: false; error: string };

/** Evaluates a parsed predicate over checkpoints: true/false, or why it cannot be evaluated. */
export function evaluatePredicate(p: Predicate, steps: readonly Checkpoint[]): Evaluation {
  if (!p.ok) return { ok: false, error: `column ${p.column}: ${p.error}` };
  try {
    const v = evalNode(p.node, steps);
    return { ok: true, value: typeof v === 'boolean' ? v : v !== 0 };
  } catch (e) {
    if (e instanceof PredicateError) return { ok: false, error: e.message };
    throw e;
  }
}

class PredicateError extends Error {}

function fieldOf(
  steps: readonly Checkpoint[],
  ref: 'first' | 'last' | { step: string },
  field: string,
): number {
  let cp: Checkpoint | undefined;
  if (ref === 'first') cp = steps[0];
  else if (ref === 'last') cp = steps[steps.length - 1];
  else cp = steps.find((s) => s.label === ref.step);
  const name = typeof ref === 'string' ? ref : `step("${ref.step}")`;
  if (!cp) throw new PredicateError(`no checkpoint ${name}`);
  const v = cp.fields[field];
  if (v === undefined) throw new PredicateError(`checkpoint ${name} has no field ${field}`);
  return v;
}

function num(v: number | boolean): number {
  return typeof v === 'boolean' ? Number(v) : v;
}

function evalNode(n: Node, steps: readonly Checkpoint[]): number | boolean {
  switch (n.k) {
    case 'num':
      return n.v;
    case 'count':
      return steps.length;
    case 'field':
      return fieldOf(steps, n.ref, n.field);
    case 'fn': {
      const d = fieldOf(steps, 'last', n.field) - fieldOf(steps, 'first', n.field);
      if (n.fn === 'delta') return d;
      if (steps.length < 2) throw new PredicateError('perStep needs at least two checkpoints');
      return d / (steps.length - 1);
    }
    case 'un': {
      const x = evalNode(n.x, steps);
      return n.op === '!' ? !x : -num(x);
    }
    case 'bin': {
      if (n.op === '&&') return Boolean(evalNode(n.x, steps)) && Boolean(evalNode(n.y, steps));
      if (n.op === '||') return Boolean(evalNode(n.x, steps)) || Boolean(evalNode(n.y, steps));
      const x = num(evalNode(n.x, steps));
      const y = num(evalNode(n.y, steps));
      switch (n.op) {
        case '+':
          return x + y;
        case '-':
          return x - y;
        case '*':
          return x * y;
        case '/':
          return x / y;
        case '<':
          return x < y;
        case '<=':
          return x <= y;
        case '>':
          return x > y;
        case '>=':
          return x >= y;
        case '==':
          return x === y;
        default:
          return x !== y;
      }
    }
  }
}

/** The checkpoints in a program's output (`STEP,label,seconds,Key=Value,...` lines). */
export function parseCheckpoints(stdout: string): Checkpoint[] {
  const out: Checkpoint[] = [];
  for (const line of stdout.split('\n')) {
    if (!line.startsWith('STEP,')) continue;
    const parts = line.split(',');
    const fields: Record<string, number> = {};
    for (const kv of parts.slice(3)) {
      const eq = kv.indexOf('=');
      if (eq <= 0) continue;
      const v = Number(kv.slice(eq + 1));
      if (Number.isFinite(v)) fields[kv.slice(0, eq)] = v;
    }
    out.push({ label: parts[1] ?? '', seconds: Number(parts[2]), fields });
  }
  return out;
}
