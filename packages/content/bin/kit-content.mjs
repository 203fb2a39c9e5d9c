#!/usr/bin/env node
import { launch } from './launch.mjs'

launch(new URL('../src/cli.ts', import.meta.url))
