// Verifies received webhook deliveries with the Standard Webhooks library (the referee, not our own HMAC code).
// Input: a JSON file [{"secret": "whsec_...", "headers": {"webhook-id": ..., ...}, "body": "..."}, ...].
// Output: one line per delivery, "ok" or "invalid: <reason>"; exit 1 when any is invalid.
const fs = require('fs');
const { Webhook } = require('standardwebhooks');

const deliveries = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
let invalid = 0;
for (const delivery of deliveries) {
  try {
    new Webhook(delivery.secret).verify(delivery.body, delivery.headers);
    console.log('ok');
  } catch (e) {
    invalid++;
    console.log('invalid: ' + e.message);
  }
}
process.exit(invalid === 0 ? 0 : 1);
