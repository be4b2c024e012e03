/** process.env for tests that change it: what a test sets is undone by `restoreEnv` in afterEach. */

/** Puts process.env back as it was when `saved` was copied: variables added since are removed, the rest restored. */
export function restoreEnv(saved: NodeJS.ProcessEnv): void {
  for (const name of Object.keys(process.env)) if (!(name in saved)) unsetEnv(name);
  Object.assign(process.env, saved);
}

/** Removes variables. process.env is an object, not a Map, so names are deleted from it by value. */
export function unsetEnv(...names: string[]): void {
  for (const name of names) Reflect.deleteProperty(process.env, name);
}
