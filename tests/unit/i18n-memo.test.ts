import { createInstance } from 'i18next'
import { expect, test } from 'vitest'
import { i18nConfig } from '~/lib/i18n'
import { memoizeTranslations } from '~/lib/i18n-memo.server'

async function instance(lng: 'id' | 'en', memo: boolean) {
  const i18n = createInstance()
  await i18n.init({ ...i18nConfig, lng, ns: [i18nConfig.defaultNS] })
  if (memo) memoizeTranslations(i18n)
  return i18n.getFixedT(lng, i18nConfig.defaultNS)
}

test('memoised server translations say exactly what i18next says, for every count and value, in both languages', async () => {
  for (const lng of ['id', 'en'] as const) {
    const [plain, memo] = await Promise.all([instance(lng, false), instance(lng, true)])
    const calls: [string, Record<string, unknown>?][] = [
      ['ratings.helpfulCount', { count: 0 }],
      ['ratings.helpfulCount', { count: 1 }],
      ['ratings.helpfulCount', { count: 7 }],
      ['replyQuote.inReplyTo', { author: 'RusaBiru', id: '311' }],
      ['replyQuote.inReplyTo', { author: 'ElangPutih', id: '12' }],
      ['forum.replyToThis'],
    ]
    // Twice: the second pass is answered from the memo.
    for (let pass = 0; pass < 2; pass++) {
      for (const [key, options] of calls) expect(memo(key, options as never), `${lng} ${key} ${JSON.stringify(options)}`).toBe(plain(key, options as never))
    }
    expect(memo('ratings.helpfulCount', { count: 1 })).not.toBe(memo('ratings.helpfulCount', { count: 7 }))
    expect(memo('replyQuote.inReplyTo', { author: 'RusaBiru', id: '311' })).toContain('RusaBiru')
  }
})
