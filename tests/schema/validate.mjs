// Validates specs against docs/spec.schema.json with ajv in strict mode and prints one line per spec:
//   <file> valid
//   <file> <instancePath> <keyword>      (one line per error; `if` lines only name the branch an error was checked in)
// Exit code 2 when the schema itself does not compile under strict mode.
import Ajv from "ajv";
import { readFileSync } from "node:fs";
import YAML from "yaml";

const [schemaPath, ...specs] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: true, discriminator: true });
let validate;
try {
  validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
} catch (error) {
  console.log(`schema does not compile: ${error.message}`);
  process.exit(2);
}

for (const spec of specs) {
  if (validate(YAML.parse(readFileSync(spec, "utf8")))) {
    console.log(`${spec} valid`);
    continue;
  }

  for (const error of validate.errors) {
    console.log(`${spec} ${error.instancePath || "/"} ${error.keyword}`);
  }
}
