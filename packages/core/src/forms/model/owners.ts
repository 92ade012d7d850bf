import { withItems, type Instance } from './types.js';

/** Every place that can show an error (fields, groups and the fields of their items), by the pointer of its raw answer. */
export function ownersOf(instances: Map<number, Instance[]>): Map<string, Instance> {
  const owners = new Map<string, Instance>();
  for (const list of instances.values()) {
    for (const instance of list) withItems(instance).forEach((owner) => owners.set(owner.pointer, owner));
  }
  return owners;
}

/** A pointer into the sent data → the same place in the raw answers (blank group items are skipped when sending). */
export function toRawPointer(pointer: string, itemIndexes: Map<string, number[]>): string {
  // Outer groups first: once an outer index is raw, the pointer of a nested group (kept by its raw place) matches.
  const groups = [...itemIndexes].sort(([a], [b]) => a.length - b.length);
  let current = pointer;
  for (const [groupPointer, indexes] of groups) {
    const prefix = `${groupPointer}/`;
    if (!current.startsWith(prefix)) continue;
    const [index, ...rest] = current.slice(prefix.length).split('/');
    if (!/^\d+$/.test(index) || indexes[Number(index)] === undefined) return current;
    current = [`${groupPointer}/${indexes[Number(index)]}`, ...rest].join('/');
  }
  return current;
}

/** The field that shows a problem: the one at the pointer, else its nearest ancestor, else its first descendant. */
export function ownerOf(pointer: string, owners: Map<string, Instance>): Instance | undefined {
  for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
    const owner = owners.get(current);
    if (owner) return owner;
    if (current === '') break;
  }
  for (const [key, owner] of owners) if (key.startsWith(`${pointer}/`)) return owner;
  return undefined;
}
