// The data every contestant renders (deterministic), and tiny helpers; no side effects.

const SUBTITLES = ['Araba Radio', 'Afro Lofi Beats', 'FlowFM mix', 'Night Shift', 'Morning Show'];
const TITLES = ['LOFI IN SPACE chill lofi beats to vibe', 'Jazz', 'FlowFm92.7', 'Deep house session', 'Talk: city news'];

/** `n` tracks: cover, title, subtitle, a distinct local source; every 5th (from the 2nd) is live. */
export function makeTracks(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    const live = i % 5 === 1;
    out[i] = {
      id: `t${i}`,
      title: `${String(i + 1).padStart(2, '0')}. ${TITLES[i % TITLES.length]}`,
      subtitle: SUBTITLES[i % SUBTITLES.length],
      src: `/bench/assets/tone.wav?t=${i}`,
      cover: `/bench/assets/cover-${i % 8}.png`,
      ...(live ? { live: true } : { duration: 120 + ((i * 37) % 3000) }),
    };
  }
  return out;
}

/** `n` articles for the cards. */
export function makeArticles(n) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      title: `Council approves the new bus lanes on Main Street, story ${i + 1}`,
      href: `/news/story-${i + 1}`,
      image: `/bench/assets/img-${i % 8}.png`,
      imageAlt: `Photo for story ${i + 1}`,
      category: i % 2 ? 'Politics' : 'News',
      date: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`,
      excerpt: 'The vote passed after a long debate; the lanes open in spring and buses will run every ten minutes.',
      author: SUBTITLES[i % SUBTITLES.length],
    };
  }
  return out;
}

export const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
