package com.bulkwriter.batch.web;

/**
 * Which engine writes a batch, so the UI can say plainly when articles are offline drafts.
 *
 * @param provider provider name from the settings
 * @param label what to show
 * @param draft true when the offline draft engine writes the articles
 */
record EngineView(String provider, String label, boolean draft) {}
