// npm runs on the machine's Node (maybe 20); the tests, the bench and the Action need Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(
    `image-gate needs Node.js 24 or newer, but ${process.execPath} is ${process.version}. ` +
      'Run `npm install` (without --ignore-scripts) so the `node@24` devDependency provides node_modules/.bin/node.',
  );
  process.exit(1);
}
