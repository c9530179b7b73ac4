// Dateline UI: the NDJSON upload with a progress bar. The only script; every page works without it
// except this upload. Results are written with textContent, never as HTML.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('batch-form');
  if (form) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const file = form.elements.file.files[0];
      if (file) {
        upload(form, file);
      }
    });
  }
});

function upload(form, file) {
  const report = document.getElementById('batch-report');
  const bar = document.getElementById('batch-progress');
  const status = document.getElementById('batch-status');
  const rows = document.getElementById('batch-rows');
  const button = form.querySelector('button');
  report.hidden = false;
  rows.textContent = '';
  button.disabled = true;
  file.text().then((text) => {
    const total = text.split('\n').filter((line) => line.trim() !== '').length;
    const counts = { stored: 0, repeats: 0, failed: 0 };
    let read = 0;
    bar.max = Math.max(total, 1);
    bar.value = 0;
    status.textContent = 'Sending ' + total + ' lines…';
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Content-Type', 'application/x-ndjson');
    xhr.setRequestHeader('X-CSRF-Token', form.elements.csrf.value);
    const take = () => {
      const lines = xhr.responseText.split('\n');
      for (; read < lines.length - 1; read++) {
        if (lines[read].trim() !== '') {
          addRow(rows, JSON.parse(lines[read]), counts);
        }
      }
      const done = counts.stored + counts.repeats + counts.failed;
      bar.value = done;
      status.textContent = done + ' of ' + total + ' lines: ' + counts.stored + ' stored, ' + counts.repeats
        + ' already there, ' + counts.failed + ' failed';
    };
    xhr.onprogress = take;
    xhr.onload = () => {
      if (xhr.status !== 200) {
        status.textContent = 'The upload was refused (' + xhr.status + ').';
      } else {
        take();
        status.textContent += ' — done.';
      }
      button.disabled = false;
    };
    xhr.onerror = () => {
      status.textContent = 'The upload failed; check the connection and try again.';
      button.disabled = false;
    };
    xhr.send(text);
  });
}

function addRow(rows, result, counts) {
  const row = document.createElement('tr');
  const line = document.createElement('td');
  line.textContent = String(result.line);
  const outcome = document.createElement('td');
  const article = document.createElement('td');
  if (result.status === 201 || result.status === 200) {
    counts[result.status === 201 ? 'stored' : 'repeats'] += 1;
    outcome.textContent = result.status === 201 ? 'stored' : 'already there';
    const link = document.createElement('a');
    link.href = '/ui/articles/' + encodeURIComponent(result.id);
    link.textContent = result.duplicateOf ? 'open (near-duplicate)' : 'open';
    article.appendChild(link);
  } else {
    counts.failed += 1;
    outcome.textContent = 'failed: ' + (result.error || result.status);
  }
  row.append(line, outcome, article);
  rows.appendChild(row);
}
