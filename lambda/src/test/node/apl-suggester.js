// Runs Amazon's apl-suggester (npm, pinned in scripts/test) over RenderDocument directives.
// Usage: node apl-suggester.js directives.json
//   directives.json: [{"name": "...", "document": {...}, "datasources": {...}}, ...]
// Prints one JSON array of findings, [{"name", "path", "level", "message"}], empty when every directive is
// clean. Findings are the validator's warnings and errors, plus the errors it reports only through its
// ErrorController (an unknown layout or component type), which validate() itself does not return.
'use strict';
const fs = require('fs');
const suggester = require('apl-suggester');

async function main() {
  const directives = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const findings = [];
  let current = '';
  const errors = suggester.ErrorController.getInstance();
  errors.registerErrors();
  errors.setErrorInterface({
    sendError: (e) => findings.push({name: current, path: (e.placeholders || {}).path || '', level: e.level, message: `${e.type} ${e.code} ${JSON.stringify(e.placeholders || {})}`}),
  });
  const validator = new suggester.StaticAplTemplateValidator();
  for (const directive of directives) {
    current = directive.name;
    const results = (await validator.validate(directive.document))
      .concat(await validator.validateDataSources(directive.datasources));
    for (const r of results) {
      findings.push({name: directive.name, path: r.path, level: r.level, message: r.errorMessage});
    }
  }
  process.stdout.write(JSON.stringify(findings));
}

// The validator prints "No mixin for component" notes to the console while it works; they are not findings.
console.warn = () => {};
main().catch((e) => {
  process.stderr.write(String(e && e.stack || e));
  process.exit(1);
});
