#!/usr/bin/env node
import { launch } from '@kit/content/launch'

launch(new URL('./cli.ts', import.meta.url))
