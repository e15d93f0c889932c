// What a published tarball must and must not hold. Shared by check-package.mjs (each package, before
// publishing) and its test (scripts/tarball-contents.test.mjs).

const REPOSITORY = 'https://github.com/nttp-toolkit/nttp-toolkit';

/** Files that are for us, not for the people who install the package. */
const NOT_FOR_PUBLISHING = [
  /\.test\.[cm]?[jt]sx?$/,
  /\.examples\.tsx?$/,
  /\.stories\.tsx?$/,
  /(^|\/)test-(utils|support|setup)(\/|\.|$)/,
  /(^|\/)vitest[^/]*\.ts$/,
  /(^|\/)tsup\.config\.ts$/,
  /(^|\/)\.turbo\//,
];

/**
 * Everything wrong with a package's tarball, in plain words (empty when it is right).
 * @param {Record<string, any>} pkg the package.json
 * @param {string[]} files the paths `pack --dry-run --json` lists
 * @param {string} rootLicense the repository's LICENSE text
 * @param {(path: string) => string} read reads a file of the package
 */
export function tarballProblems(pkg, files, rootLicense, read) {
  const problems = [];
  if (!files.includes('LICENSE')) problems.push('no LICENSE file: copy the repository LICENSE into the package folder and list it in `files`.');
  else if (read('LICENSE') !== rootLicense) problems.push('the LICENSE differs from the repository LICENSE: copy it again.');
  if (pkg.license !== 'MIT') problems.push(`license is ${JSON.stringify(pkg.license)}; the project is MIT.`);
  for (const file of files.filter((path) => NOT_FOR_PUBLISHING.some((pattern) => pattern.test(path)))) {
    problems.push(`${file} is for development only: rename it (pnpm always ships README-named files) or leave it out in \`files\`.`);
  }
  const directory = pkg.repository?.directory;
  if (pkg.repository?.url !== `git+${REPOSITORY}.git` || !directory?.startsWith('packages/')) {
    problems.push(`repository should be { type: "git", url: "git+${REPOSITORY}.git", directory: "packages/<folder>" }.`);
  }
  if (!pkg.homepage?.startsWith(`${REPOSITORY}/tree/main/${directory}`)) problems.push(`homepage should point at ${REPOSITORY}/tree/main/${directory}#readme.`);
  if (pkg.bugs?.url !== `${REPOSITORY}/issues`) problems.push(`bugs.url should be ${REPOSITORY}/issues.`);
  if (!files.includes('README.md')) problems.push('no README.md.');
  if (!files.includes('CHANGELOG.md')) problems.push('no CHANGELOG.md: `pnpm version-packages` writes it from the changesets; list it in `files`.');
  else {
    const newest = /^## (\S+)/m.exec(read('CHANGELOG.md'))?.[1];
    if (newest !== pkg.version) problems.push(`CHANGELOG.md's newest entry is ${newest ?? 'missing'} but the package is ${pkg.version}: run \`pnpm version-packages\`.`);
  }
  return problems;
}

/**
 * What is wrong with a package's stylesheet exports (`"./styles.css"`), which attw does not look at: every
 * path the export names is in the tarball, and a `types` condition comes first and names a declaration
 * file, so `import '@nttp/ui/styles.css'` type-checks without the host declaring `*.css` modules.
 * @param {Record<string, any>} pkg the package.json
 * @param {string[]} files the paths `pack --dry-run --json` lists
 */
export function stylesheetExportProblems(pkg, files) {
  const problems = [];
  for (const [subpath, target] of Object.entries(pkg.exports ?? {}).filter(([key]) => key.endsWith('.css'))) {
    const conditions = typeof target === 'string' ? { default: target } : target;
    for (const [condition, path] of Object.entries(conditions)) {
      if (!files.includes(String(path).replace(/^\.\//, ''))) problems.push(`exports["${subpath}"].${condition} is ${path}, which is not in the tarball.`);
    }
    if (Object.keys(conditions)[0] !== 'types' || !/\.d\.ts$/.test(conditions.types ?? '')) {
      problems.push(`exports["${subpath}"] needs a "types" condition first, naming a .d.ts (such as one holding \`export {};\`), so TypeScript 6 and later accept the import without a bundler's types.`);
    }
    if (!/\.css$/.test(conditions.default ?? '')) problems.push(`exports["${subpath}"].default should name the built stylesheet (a .css file).`);
  }
  return problems;
}

