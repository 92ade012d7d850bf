/**
 * Moved here from gov-news-list: the document list shows the same file types, and an element
 * folder may not import from a sibling.
 */
/** What a person calls a file, from its MIME type or extension: `PDF`, `DOCX`, `JPEG`… */
const BY_MIME: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/msword': 'DOC',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
  'application/vnd.ms-excel': 'XLS',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'XLSX',
  'application/vnd.ms-powerpoint': 'PPT',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PPTX',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/vnd.oasis.opendocument.presentation': 'ODP',
  'application/rtf': 'RTF',
  'text/rtf': 'RTF',
  'text/plain': 'TXT',
  'text/csv': 'CSV',
  'text/html': 'HTML',
  'application/json': 'JSON',
  'application/xml': 'XML',
  'text/xml': 'XML',
  'application/zip': 'ZIP',
  'application/x-zip-compressed': 'ZIP',
  'application/vnd.rar': 'RAR',
  'application/x-rar-compressed': 'RAR',
  'application/x-7z-compressed': '7Z',
  'application/vnd.google-earth.kml+xml': 'KML',
  'application/vnd.google-earth.kmz': 'KMZ',
  'image/tiff': 'TIFF',
  'image/jpeg': 'JPEG',
  'image/jpg': 'JPEG',
  'image/pjpeg': 'JPEG',
  'image/png': 'PNG',
  'image/gif': 'GIF',
  'image/webp': 'WEBP',
  'image/svg+xml': 'SVG',
  'audio/mpeg': 'MP3',
  'audio/mp3': 'MP3',
  'x-audio/mp3': 'MP3',
  'audio/mp4': 'M4A',
  'audio/x-m4a': 'M4A',
  'audio/ogg': 'OGG',
  'audio/wav': 'WAV',
  'video/mp4': 'MP4',
  'video/x-m4v': 'M4V',
  'video/webm': 'WEBM',
  'video/quicktime': 'MOV',
};

const BY_EXTENSION: Record<string, string> = { jpg: 'JPEG', jpe: 'JPEG', tif: 'TIFF', htm: 'HTML', text: 'TXT' };

/** A short extension-like name: letters and digits, at most five. */
const SHORT_NAME = /^[a-z0-9]{1,5}$/i;

function fromExtension(extension: string): string | undefined {
  const lower = extension.replace(/^\./, '').toLowerCase();
  if (!SHORT_NAME.test(lower)) return undefined;
  return BY_EXTENSION[lower] ?? lower.toUpperCase();
}

function extensionOf(url: string): string | undefined {
  const path = url.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1) : undefined;
}

/**
 * The file's type as people name it: from `type` (a MIME type or an extension), else
 * from the URL's extension; `undefined` when neither says.
 */
export function fileTypeLabel(type: string | undefined, url: string): string | undefined {
  if (type) {
    const trimmed = type.trim();
    if (trimmed.includes('/')) {
      const known = BY_MIME[trimmed.split(';')[0].trim().toLowerCase()];
      if (known) return known;
    } else {
      const named = fromExtension(trimmed);
      if (named) return named;
    }
  }
  const extension = extensionOf(url);
  return extension ? fromExtension(extension) : undefined;
}
