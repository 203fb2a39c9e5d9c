/**
 * Projects Natural Earth country shapes (world-atlas, 1:50m) into SVG path
 * strings at build time, so that pages and slides draw the region without map
 * tiles, d3 or the atlas in the browser. Writes dist/map.json.
 */
import type { Feature, FeatureCollection, MultiLineString } from 'geojson'
import type { GeometryCollection, Topology } from 'topojson-specification'
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { geoCentroid, geoConicConformal, geoPath } from 'd3-geo'
import { feature, mesh } from 'topojson-client'

const require = createRequire(import.meta.url)
const atlas = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>

const width = 800
const height = 640

/** ISO 3166-1 numeric codes, as world-atlas keys its countries. */
const focus: Record<string, { id: string, name: string }> = {
  112: { id: 'belarus', name: 'Belarus' },
  643: { id: 'russia', name: 'Russia' },
  616: { id: 'poland', name: 'Poland' },
  440: { id: 'lithuania', name: 'Lithuania' },
  428: { id: 'latvia', name: 'Latvia' },
  233: { id: 'estonia', name: 'Estonia' },
  804: { id: 'ukraine', name: 'Ukraine' },
}

/** Where a label goes when the centroid would fall outside the frame or on water. */
const labelAt: Partial<Record<string, [number, number]>> = {
  russia: [31.2, 56.8],
  ukraine: [28.5, 51.0],
  poland: [19.2, 52.2],
}

const countries = feature(atlas, atlas.objects.countries) as FeatureCollection<GeoJSON.Geometry, { name: string }>
// Fitted to 14–33°E, 50–60°N: Belarus, Poland, the Baltic states, Ukraine's north and Kaliningrad.
const frame: Feature = {
  type: 'Feature',
  properties: {},
  geometry: { type: 'MultiPoint', coordinates: [[14, 50], [33, 50], [14, 60], [33, 60]] },
}
const projection = geoConicConformal().parallels([50, 60]).rotate([-23.5, 0]).fitExtent([[8, 8], [width - 8, height - 8]], frame).clipExtent([[0, 0], [width, height]])
const path = geoPath(projection).digits(1)
function point(lonLat: [number, number]) {
  const [x, y] = projection(lonLat)!
  return { x: Math.round(x), y: Math.round(y) }
}

const shapes = countries.features
  .map((country) => {
    const code = String(country.id)
    const known = focus[code]
    const d = path(country)
    if (!d)
      return undefined
    const id = known?.id ?? `other-${code}`
    return {
      id,
      name: known?.name ?? country.properties.name,
      focus: Boolean(known),
      d,
      label: known ? point(labelAt[id] ?? geoCentroid(country) as [number, number]) : undefined,
    }
  })
  .filter(shape => shape !== undefined)

const border = (a: string, b: string) => mesh(atlas, atlas.objects.countries, (x, y) => (x.id === a && y.id === b) || (x.id === b && y.id === a)) as MultiLineString

const map = {
  attribution: 'Natural Earth 1:50m via world-atlas; projected with d3-geo at build time.',
  width,
  height,
  countries: shapes,
  // Kaliningrad is part of Russia's shape; it gets a label of its own.
  kaliningrad: { name: 'Kaliningrad (Russia)', label: point([20.8, 54.75]) },
  // The Polish–Lithuanian border between Belarus and Kaliningrad.
  suwalkiGap: { name: 'Suwałki Gap', d: path(border('616', '440'))!, label: point([21.3, 53.65]) },
  minsk: { name: 'Minsk', at: point([27.56, 53.9]) },
}

mkdirSync(new URL('../dist/', import.meta.url), { recursive: true })
writeFileSync(new URL('../dist/map.json', import.meta.url), `${JSON.stringify(map)}\n`)
const bytes = Buffer.byteLength(JSON.stringify(map))
console.log(`✔ wrote dist/map.json (${shapes.length} shapes, ${(bytes / 1024).toFixed(1)} KB)`)
