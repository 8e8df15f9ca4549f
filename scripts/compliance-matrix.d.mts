/** A test that names requirements in its name. */
export interface TaggedTest {
  /** Its file, relative to the repository: `test/e2e/banner.test.ts`. */
  file: string
  /** Its name without the tags, as written in the source. */
  name: string
  /** The requirement ids it names. */
  ids: string[]
}

/** One requirement of docs/requirements.json. */
export interface Requirement {
  id: string
  text: string
  /** What of the requirement no test proves yet. */
  gaps?: string
}

/** A requirement with the tests that prove it. */
export interface MatrixRow extends Requirement {
  status: 'covered' | 'partly' | 'not covered'
  tests: TaggedTest[]
}

/** The requirements by section, with their tests. */
export interface Matrix {
  sections: { title: string; requirements: MatrixRow[] }[]
  /** `id in file: name` for each tag that names no requirement. */
  unknownTags: string[]
}

/** The tagged tests in one test file's source. */
export function taggedTestsIn(source: string): Omit<TaggedTest, 'file'>[]
/** Every tagged test under `root`/test. */
export function findTaggedTests(root?: string): TaggedTest[]
/** The requirements of `root`/docs/requirements.json, by section. */
export function readRequirements(root?: string): { title: string; requirements: Requirement[] }[]
/** Matches the requirements with the tests that name them. */
export function buildMatrix(root?: string): Matrix
/** The Markdown of docs/compliance.md. */
export function renderMatrix(matrix: Matrix): string
