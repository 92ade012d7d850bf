const XML_DECLARATION = /^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase());
  } catch {
    return undefined;
  }
}

/**
 * Reads fetched bytes as text in the encoding the document declares, the way a browser
 * opens an XML file: a byte-order mark first, then the `charset` of the Content-Type,
 * then the XML declaration (`<?xml … encoding="TIS-620"?>`), UTF-8 otherwise. With a
 * `fallback` (`windows-874` for CSV files), UTF-8, labelled or not, only if the bytes are
 * valid UTF-8, else the fallback. Older
 * Thai sites still publish feeds in TIS-620 / windows-874, which `response.text()`
 * (always UTF-8) would turn into replacement characters.
 */
export function decodeText(bytes: Uint8Array, contentType = '', fallback?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const declared = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  let decoder = decoderFor(declared);
  if (!decoder) {
    // The declaration is ASCII in every encoding it can name (except UTF-16, handled by the BOM).
    const head = String.fromCharCode(...bytes.subarray(0, 256));
    const named = decoderFor(XML_DECLARATION.exec(head)?.[1]);
    decoder = named && !named.encoding.startsWith('utf-16') ? named : undefined;
  }
  // A server's "charset=utf-8" over a TIS-620 export is the commonest mislabel: with a
  // fallback, bytes labelled UTF-8 must really be UTF-8.
  if (fallback && (!decoder || decoder.encoding === 'utf-8')) return utf8OrElse(bytes, fallback);
  return (decoder ?? new TextDecoder('utf-8')).decode(bytes);
}

/**
 * UTF-8 when the bytes are valid UTF-8, else the `fallback` encoding. A file with no label
 * at all (a CSV exported by an older Thai system) is TIS-620 / windows-874 more often than
 * not, and Thai text in those bytes is never valid UTF-8, so the guess is safe both ways.
 */
function utf8OrElse(bytes: Uint8Array, fallback: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return (decoderFor(fallback) ?? new TextDecoder('utf-8')).decode(bytes);
  }
}
