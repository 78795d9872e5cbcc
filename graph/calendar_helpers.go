package graph

import (
	"strings"
	"time"

	"leergang/graph/model"
)

// calendarFeedURL is the secret address of a feed: <BaseURL>/calendar/<token>.ics.
// The token is URL-safe base64, so it needs no escaping.
func calendarFeedURL(baseURL, token string) string {
	return strings.TrimRight(baseURL, "/") + "/calendar/" + token + ".ics"
}

// calendarFeed builds the GraphQL object; url is only set right after a renew.
func calendarFeed(active bool, createdAt *time.Time, url *string) *model.CalendarFeed {
	return &model.CalendarFeed{URL: url, Active: active, CreatedAt: createdAt}
}
