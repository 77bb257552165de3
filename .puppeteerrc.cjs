// Browsers come from the OS (Debian chromium / firefox-esr), never from a download.
module.exports = { skipDownload: true };
