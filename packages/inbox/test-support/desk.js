/** Shared by the publishing-desk tests: staff accounts for every role, and the desk's steps over HTTP. */
import assert from 'node:assert/strict';
import { SaxesParser } from 'saxes';
import { StaffClient, addStaff } from './harness.js';

export const DESK_ACCOUNTS = [
  ['reporter1', 'reporter', 'นักประชาสัมพันธ์ชำนาญการ'],
  ['reporter2', 'reporter', undefined],
  ['approver1', 'approver', 'หัวหน้าสำนักงานจังหวัด'],
  ['approver2', 'approver', undefined],
  ['uploader1', 'uploader', 'นักวิชาการคอมพิวเตอร์ชำนาญการ'],
  ['screener1', 'screener', 'ผู้ว่าราชการจังหวัดสิงห์บุรี'],
  ['publisher1', 'publisher', undefined],
  ['admin1', 'admin', undefined],
  ['admin2', 'admin', undefined],
  ['admin3', 'admin', undefined],
];

/** Creates the accounts; returns a function that signs one in (cached per name). */
export async function deskPeople(server) {
  const passwords = {};
  for (const [name, role, position] of DESK_ACCOUNTS)
    passwords[name] = await addStaff(server.store, name, role, 'correct-horse-2561', position);
  const clients = new Map();
  return async (name) => {
    if (clients.has(name)) return clients.get(name);
    const client = new StaffClient(server.url);
    const result = await client.signIn(name, passwords[name]);
    assert.equal(result.status, 303, `${name} signs in`);
    clients.set(name, client);
    return client;
  };
}

/** Saves an item as JSON (the script / e-form path), with the session's CSRF token in a header. */
export async function saveJson(client, type, data, version, headers = {}) {
  const response = await fetch(`${client.url}/staff/content/${type}?version=${version}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-csrf-token': client.csrf,
      cookie: client.cookieHeader(),
      ...headers,
    },
    body: JSON.stringify(data),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text };
}

/** Saves through the staff page's form (the JSON textarea). */
export function saveForm(client, type, data, version) {
  return client.post(`/staff/content/${type}`, { json: JSON.stringify(data), version: String(version) });
}

/** Takes one step through the page's form, at the item's current version unless given. */
export async function takeStep(server, client, type, id, step, version) {
  const current = version ?? (await server.store.contentItem(type, id))?.version ?? 0;
  return client.post(`/staff/content/${type}/${id}/${step}`, { version: String(current) });
}

/** A strict XML 1.0 parser: throws on the first well-formedness error. */
export function parseXml(text) {
  const parser = new SaxesParser({ xmlns: true });
  const names = [];
  let failure;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => names.push(tag.local));
  parser.write(text).close();
  if (failure) throw failure;
  return names;
}

export function newsItem(id, extra = {}) {
  return {
    id,
    title: { th: `ข่าวทดสอบ ${id}`, en: `Test news ${id}` },
    summary: { th: 'จังหวัดสิงห์บุรีจัดกิจกรรม' },
    publishedAt: '2026-12-01',
    ...extra,
  };
}
