import { describe, expect, it } from 'vitest'
import { findChromium } from './chromium.ts'

describe('findChromium', () => {
  it('uses CHROMIUM_PATH when it exists', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath)
  })

  it('says what to do when CHROMIUM_PATH points nowhere', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope/chromium' })).toThrow('CHROMIUM_PATH is set to /nope/chromium, but there is no file there.')
  })
})
