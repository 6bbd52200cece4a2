package com.rolloutplanner.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.EncodedResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The product speaks English and Finnish: the browser's language chooses, {@code ?lang=}
 * switches, and a cookie remembers the choice.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	private final Clock clock;

	private final org.springframework.beans.factory.ObjectProvider<org.springframework.jdbc.core.simple.JdbcClient> jdbc;

	WebConfiguration(Clock clock,
			org.springframework.beans.factory.ObjectProvider<org.springframework.jdbc.core.simple.JdbcClient> jdbc) {
		this.clock = clock;
		this.jdbc = jdbc;
	}

	/** Every form of a page carries its one-time id ({@link OnceOnlyForms}). */
	@Bean
	static OnceOnlyForms.Ids onceOnlyFormIds() {
		return new OnceOnlyForms.Ids();
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("rollout-lang");
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setDefaultLocaleFunction((request) -> SpokenLanguages.preferred(request.getLocales()));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageSwitch());
		// Without a database (a slice of the web layer in a test) forms are not tracked;
		// the
		// checks of typed terms store nothing, so sending one twice does no harm.
		this.jdbc.ifAvailable((jdbc) -> registry.addInterceptor(new OnceOnlyForms(jdbc, this.clock))
			.excludePathPatterns("/api/**", "/engagements/preview", "/engagements/*/business-case/preview"));
	}

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		// Browsers that ignore the page's icon link ask for /favicon.ico: the same SVG.
		registry.addViewController("/favicon.ico").setViewName("forward:/favicon.svg");
	}

	/**
	 * The static files under content-hashed addresses, cached for a year; to a client
	 * that accepts gzip, the variant compressed once at build time (pom.xml). Only their
	 * own paths are mapped: every link a page writes is matched against these patterns to
	 * find its hashed address, and a pattern of everything made each of the hundreds of
	 * links of a list look for a file on the class path, on every request.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		CacheControl year = CacheControl.maxAge(Duration.ofDays(365)).cachePublic();
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/favicon*.svg", "/robots.txt")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(year)
			.resourceChain(true)
			.addResolver(new EncodedResourceResolver())
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**.svg"));
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new AsOfArgumentResolver(this.clock));
	}

}
