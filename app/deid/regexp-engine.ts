/**
 * The de-identifier runs a few hundred large regular expressions (alternations of thousands of names and
 * cue words) over every text. V8 first runs a regular expression in its bytecode interpreter and compiles
 * it to machine code only once it proves hot ("tier-up"); with this many expressions, V8 was observed to
 * keep dropping back to the interpreter: on 5 KB cases, the same code took 34 ms of CPU instead of 18, and
 * one hospital-names expression ran 13 times slower after a first pass than before it. Compiling each
 * expression to machine code on its first use removes that (measured in docs/deid.md, "Speed").
 *
 * The processes that de-identify (`npm start`, the worker, the CLI, the benchmark) get the flag on their
 * command line (package.json), so V8 starts with it. Changing a V8 flag in a running process is not
 * supported by V8 and was once seen to crash an ad-hoc script that had already run other expressions; it is
 * done here only where the flag was not given (tests, `tsx` one-offs), imported first by ./index.ts so it
 * takes effect before any detector's expressions run. The flag is process-wide: other expressions also
 * compile on first use, which costs a little once per expression.
 */
import { setFlagsFromString } from "node:v8";

if (!process.execArgv.includes("--no-regexp-tier-up")) setFlagsFromString("--no-regexp-tier-up");
