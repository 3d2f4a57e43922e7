// Fuzzing parseFile with fast-check (fixed seeds, so runs are deterministic): random token soups and
// random mutations (delete, duplicate or swap a token or a character) of valid programs. Whatever the
// input, parseFile must not throw, must return a tree or at least one diagnostic, and must keep every
// diagnostic and every node inside the source.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Node } from '../../src/lang/ast.ts';
import { parseFile } from '../../src/lang/index.ts';
import { scanTokens } from '../../src/lang/scanner.ts';
import { tokenText } from '../../src/lang/token.ts';
import { gorootPath } from './fixtures-goroot.ts';

const programs: string[] = [
  `package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

const (
	A = iota
	B
)

var m = map[string][]int{"a": {1, 2}}

func main() {
	ch := make(chan int, 1)
	go func() { ch <- 1 }()
	for i, v := range []int{1, 2} {
		if x := i * v; x > 0 && !false {
			continue
		} else {
			fmt.Println(strings.Repeat("é", x))
		}
	}
	switch s := Shape(Rect{1, 2}).(type) {
	case Rect:
		_ = s
	default:
	}
	select {
	case v := <-ch:
		_ = v
	}
L:
	for {
		break L
	}
	defer func() { recover() }()
	p := &Rect{W: 1}
	_ = p.Area() + float64(len(m["a"][1:2:2]))
}
`,
  `package main

type List[T any] struct {
	next *List[T]
	val  T
}

func Map[T, U any](s []T, f func(T) U) []U {
	r := make([]U, 0, len(s))
	for _, x := range s {
		r = append(r, f(x))
	}
	return r
}

type Number interface{ ~int | ~float64 }

func Sum[N Number](xs ...N) (s N) {
	for _, x := range xs {
		s += x
	}
	return
}

func main() { _ = Sum(Map[int, int]([]int{1}, func(i int) int { return i })...) }
`,
  readFileSync(gorootPath('src/container/list/list.go'), 'utf8'),
  readFileSync(gorootPath('src/sort/search.go'), 'utf8'),
  readFileSync(gorootPath('test/typeparam/orderedmap.go'), 'utf8'),
];

function walk(n: unknown, f: (n: Node) => void): void {
  if (Array.isArray(n)) {
    for (const x of n) walk(x, f);
    return;
  }
  if (n === null || typeof n !== 'object' || !('kind' in n)) return;
  f(n as Node);
  for (const [k, v] of Object.entries(n)) if (k !== 'pragma') walk(v, f);
}

/** The properties every parse must have. */
function check(src: string): void {
  const r = parseFile('f.go', src);
  assert.ok(r.file !== null || r.diagnostics.length > 0, 'neither a file nor a diagnostic');
  const size = Buffer.byteLength(src, 'utf8');
  // cmd/compile counts a newline after ".." twice, so lines may run past the end by that many
  const lines = src.split('\n').length + (src.match(/\.\.\n/g)?.length ?? 0);
  for (const d of r.diagnostics) {
    assert.ok(d.message.length > 0);
    assert.ok(d.offset >= 0 && d.offset <= size, `offset ${d.offset} outside 0..${size}: ${d.message}`);
    assert.ok(d.line >= 1 && d.line <= lines, `line ${d.line} outside 1..${lines}: ${d.message}`);
    assert.ok(d.col >= 1 && d.col <= size + 1, `column ${d.col}: ${d.message}`);
  }
  if (r.file) {
    assert.equal(r.file.size, size);
    walk(r.file, (n) => {
      assert.ok(
        n.pos >= 0 && n.pos <= n.end && n.end <= size,
        `${n.kind} at ${n.pos}-${n.end} (size ${size})`,
      );
    });
  }
}

/** Every operator, delimiter and keyword (token.ts), plus names, literals and malformed pieces. */
const vocabulary = [
  ...tokenText.filter((t) => !/^[A-Z]+$/.test(t)),
  'main',
  '"fmt"',
  'x',
  'y',
  'T',
  'int',
  'any',
  'é',
  '_',
  '0',
  '1.5',
  '0x1p-2',
  '3i',
  "'a'",
  '"s"',
  '`raw`',
  '08',
  '0x',
  "'ab'",
  '"open',
  '`open',
  "'",
  '..',
  '@',
  '#',
  '\\',
  '//c',
  '/*c*/',
  '/*',
  '\n',
  '\t',
  '//go:noinline',
  '\u00a0',
  '\u0000',
  '\uFEFF',
];

describe('fuzz: parseFile never throws and stays inside the source', () => {
  it('on random token soups', () => {
    const soup = fc
      .tuple(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...vocabulary), fc.constantFrom('', ' ', '\n')), { maxLength: 80 }),
      )
      .map(([pkg, toks]) => (pkg ? 'package main\n' : '') + toks.map(([t, sep]) => t + sep).join(' '));
    fc.assert(
      fc.property(soup, (src) => check(src)),
      { seed: 20190801, numRuns: 3000 },
    );
  });

  it('on random characters', () => {
    const chars = fc.string({
      unit: fc.constantFrom(...'package main\nfunc(){}[]"\'`/*+-.:=<>!&|^%,;0123456789xé\t\\@'.split('')),
      maxLength: 120,
    });
    fc.assert(
      fc.property(chars, (src) => check(src)),
      { seed: 1119, numRuns: 3000 },
    );
  });

  it('on token-level mutations of valid programs', () => {
    const tokenized = programs.map((src) => {
      const bytes = Buffer.from(src, 'utf8');
      const toks = scanTokens(src).tokens.filter((t) => t.end > t.pos);
      return { bytes, toks };
    });
    const mutation = fc.record({
      program: fc.nat({ max: programs.length - 1 }),
      edits: fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'swap'), fc.nat()), {
        minLength: 1,
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(mutation, ({ program, edits }) => {
        const { bytes, toks } = tokenized[program];
        let out = bytes;
        // apply the edits back to front on the original token list so offsets stay valid
        const picks = edits.map(([op, k]) => ({ op, i: k % (toks.length - 1) })).sort((a, b) => b.i - a.i);
        let last = Number.POSITIVE_INFINITY;
        for (const { op, i } of picks) {
          const t = toks[i];
          const u = toks[i + 1];
          if (u.end > last) continue;
          last = t.pos;
          const seg = (a: number, b: number) => out.subarray(a, b);
          if (op === 'delete') out = Buffer.concat([seg(0, t.pos), seg(t.end, out.length)]);
          else if (op === 'duplicate')
            out = Buffer.concat([seg(0, t.end), Buffer.from(' '), seg(t.pos, out.length)]);
          else
            out = Buffer.concat([
              seg(0, t.pos),
              seg(u.pos, u.end),
              seg(t.end, u.pos),
              seg(t.pos, t.end),
              seg(u.end, out.length),
            ]);
        }
        check(out.toString('utf8'));
      }),
      { seed: 4242, numRuns: 1500 },
    );
  });

  it('on character-level mutations of valid programs', () => {
    const mutation = fc.record({
      program: fc.nat({ max: programs.length - 1 }),
      op: fc.constantFrom('delete', 'duplicate', 'swap'),
      at: fc.nat(),
    });
    fc.assert(
      fc.property(mutation, ({ program, op, at }) => {
        const src = programs[program];
        const i = at % (src.length - 1);
        const mutated =
          op === 'delete'
            ? src.slice(0, i) + src.slice(i + 1)
            : op === 'duplicate'
              ? src.slice(0, i + 1) + src.slice(i)
              : src.slice(0, i) + src[i + 1] + src[i] + src.slice(i + 2);
        check(mutated);
      }),
      { seed: 7, numRuns: 1500 },
    );
  });
});
