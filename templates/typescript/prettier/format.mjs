// The TypeScript target's formatter, run by ../target.py once per generator run.
// stdin: {"options": {...}, "files": {path: text}}; stdout: {"version": ..., "files": {path: formatted}}.
// A file that does not parse is reported on stderr as one line, "<path>: <prettier's message>".
import * as prettier from "prettier";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const { options, files } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const formatted = {};
for (const [path, text] of Object.entries(files)) {
  try {
    formatted[path] = await prettier.format(text, { ...options, filepath: path });
  } catch (error) {
    process.stderr.write(`${path}: ${String(error.message).split("\n")[0]}\n`);
    process.exit(1);
  }
}
process.stdout.write(JSON.stringify({ version: prettier.version, files: formatted }));
