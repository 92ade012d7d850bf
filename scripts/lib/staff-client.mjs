/**
 * A member of staff at the inbox's staff pages, as their browser would be: signs in, keeps
 * the session cookie, reads each page's CSRF token and posts its forms. Used to answer
 * questions through the inbox's own Q&A workflow (reporter drafts, another person
 * approves, a publisher publishes) in the element tests and to seed the demo.
 */
export class StaffClient {
  constructor(url) {
    this.url = url.replace(/\/$/, '');
    this.cookies = new Map();
    this.csrf = '';
  }

  async request(path, init = {}) {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(this.url + path, {
      ...init,
      headers: { ...init.headers, cookie },
      redirect: 'manual',
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index), pair.slice(index + 1));
    }
    const text = await response.text();
    this.csrf = /name="_csrf" value="([^"]+)"/.exec(text)?.[1] ?? this.csrf;
    return { status: response.status, text };
  }

  /** Opens a page (for its CSRF token), then posts its form; anything but a redirect throws. */
  async submit(page, path, fields) {
    await this.request(page);
    const body = new URLSearchParams({ _csrf: this.csrf, ...fields });
    const result = await this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    if (result.status !== 303) throw new Error(`${path}: ${result.status} ${result.text.slice(0, 300)}`);
  }

  static async signIn(url, username, password) {
    const client = new StaffClient(url);
    await client.submit('/staff/sign-in', '/staff/sign-in', { username, password });
    return client;
  }
}

/** Signs in one person per role of the Q&A workflow; `logins` maps each role to `{ username, password }`. */
export async function signInStaff(url, logins) {
  const signIn = ({ username, password }) => StaffClient.signIn(url, username, password);
  return {
    reporter: await signIn(logins.reporter),
    approver: await signIn(logins.approver),
    publisher: await signIn(logins.publisher),
  };
}

/**
 * Answers the question with id `id` the way an agency does, with the signed-in `staff` of
 * {@link signInStaff}: the reporter rewrites it and drafts the answer, the approver (another
 * person) approves, the publisher publishes.
 */
export async function answerQuestion(id, answer, staff) {
  const page = `/staff/questions/${id}`;
  await staff.reporter.submit(page, `${page}/answer`, {
    public_question: answer.question,
    public_category: answer.category ?? '',
    answer: answer.text,
    revision: '0',
  });
  await staff.approver.submit(page, `${page}/approve`, { revision: '1' });
  await staff.publisher.submit(page, `${page}/publish`, { revision: '1' });
}
