// Validates every statement of a JSON array file with Learning Locker's xAPI validator.
// Prints one line per problem ("<index> <path> <warning>") and exits 1 when there is any; prints the count checked.
const fs = require('fs');
const validate = require('@learninglocker/xapi-validation').default;

const statements = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let problems = 0;
statements.forEach((statement, index) => {
  for (const warning of validate(statement)) {
    problems++;
    console.log(`${index} ${warning.path.join('.')} ${warning.name}: ${warning.message}`);
  }
});
console.log(`checked ${statements.length} statements, ${problems} problems`);
process.exit(problems === 0 && statements.length > 0 ? 0 : 1);
