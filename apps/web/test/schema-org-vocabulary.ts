import fs from 'node:fs';

/**
 * The schema.org vocabulary as schema-dts ships it (its declarations are generated from schema.org's
 * own vocabulary file): for each type, every property it has, its ancestors' included. Read from
 * the declaration file, so a test can check data built at run time, not only what compiles.
 */
export interface Vocabulary {
  /** The properties of a schema.org type, or undefined for a name that is no type. */
  propertiesOf(type: string): Set<string> | undefined;
}

export function readVocabulary(): Vocabulary {
  const source = fs.readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8');
  const interfaces = new Map<string, { parents: string[]; properties: string[]; type?: string }>();
  const declaration = /^(?:export )?interface (\w+)(?:<[^>]*>)? extends ([^{]+)\{\n([\s\S]*?)^\}/gm;
  for (const [, name, parents, body] of source.matchAll(declaration)) {
    const properties = [...body.matchAll(/^ {4}"([^"]+)"\??:/gm)].map((match) => match[1]);
    const type = /^ {4}"@type": "([^"]+)";/m.exec(body)?.[1];
    interfaces.set(name, {
      parents: parents
        .split(',')
        .map((parent) => parent.trim())
        .filter((parent) => /^\w+$/.test(parent)),
      properties,
      type,
    });
  }
  const cache = new Map<string, Set<string>>();
  const collect = (name: string, into: Set<string>, depth = 0) => {
    const declared = interfaces.get(name);
    if (!declared || depth > 40) return;
    for (const property of declared.properties) if (!property.startsWith('@')) into.add(property);
    for (const parent of declared.parents) collect(parent, into, depth + 1);
  };
  const leafOf = new Map(
    [...interfaces].filter(([, declared]) => declared.type).map(([name, declared]) => [declared.type as string, name]),
  );
  return {
    propertiesOf(type) {
      const leaf = leafOf.get(type);
      if (!leaf) return undefined;
      if (!cache.has(type)) {
        const properties = new Set<string>();
        collect(leaf, properties);
        cache.set(type, properties);
      }
      return cache.get(type);
    },
  };
}

/** Every property of every typed node that its type does not have, as "Type.property" at its path. */
export function vocabularyProblems(data: unknown, vocabulary: Vocabulary, path = '$'): string[] {
  if (Array.isArray(data)) return data.flatMap((item, index) => vocabularyProblems(item, vocabulary, `${path}[${index}]`));
  if (!data || typeof data !== 'object') return [];
  const node = data as Record<string, unknown>;
  const type = node['@type'];
  const problems: string[] = [];
  if (typeof type === 'string') {
    const properties = vocabulary.propertiesOf(type);
    if (!properties) problems.push(`${path}: no schema.org type ${type}`);
    else
      for (const key of Object.keys(node))
        if (!key.startsWith('@') && !properties.has(key)) problems.push(`${path}: ${type} has no property ${key}`);
  }
  for (const [key, value] of Object.entries(node))
    if (!key.startsWith('@')) problems.push(...vocabularyProblems(value, vocabulary, `${path}.${key}`));
  return problems;
}
