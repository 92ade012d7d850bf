import { expect } from '@open-wc/testing';
import { fileTypeLabel } from './files.js';

describe('fileTypeLabel', () => {
  it('names a file by its MIME type, ignoring parameters and case', () => {
    expect(fileTypeLabel('application/pdf', '/a')).to.equal('PDF');
    expect(fileTypeLabel('Text/CSV; charset=utf-8', '/a')).to.equal('CSV');
    expect(fileTypeLabel('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', '/a')).to.equal('XLSX');
  });

  it('names a file by a given extension, with the usual aliases', () => {
    expect(fileTypeLabel('.docx', '/a')).to.equal('DOCX');
    expect(fileTypeLabel('jpg', '/a')).to.equal('JPEG');
    expect(fileTypeLabel('tif', '/a')).to.equal('TIFF');
  });

  it("falls back to the URL's extension, and says nothing when neither tells", () => {
    expect(fileTypeLabel(undefined, '/files/plan-2569.pdf?v=2#page=3')).to.equal('PDF');
    expect(fileTypeLabel('application/x-unknown', '/files/minutes.odt')).to.equal('ODT');
    expect(fileTypeLabel(undefined, '/files/readme')).to.equal(undefined);
    expect(fileTypeLabel('not a type!', '/files/.hidden')).to.equal(undefined);
  });
});
